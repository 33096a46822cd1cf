package org.fiscallens.jobs;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.fiscallens.ingest.source.DisclosureFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure files of an input folder: text, Markdown, HTML, CSV, Excel, Word and PDF files ({@link DisclosureFiles}, any
 * case) found recursively (hidden files skipped), sorted; other files are listed apart, so the build can say it did not
 * read them.
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The qualified root URI, the text files under it (sorted), each one's length in bytes, and the other files'
     * paths relative to the root (sorted), which are not read.
     */
    record Listing(String rootUri, List<String> paths, Map<String, Long> lengths, List<String> ignored) {
    }

    static Listing list(String input, Configuration conf) {
        try {
            Path root = new Path(input.contains(":") ? input : java.nio.file.Path.of(input).toAbsolutePath().toUri().toString());
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new IllegalArgumentException("input folder does not exist: " + input);
            }
            List<String> paths = new ArrayList<>();
            Map<String, Long> lengths = new HashMap<>();
            List<String> ignored = new ArrayList<>();
            String rootUri = fs.makeQualified(root).toString();
            collect(fs, root, paths, lengths, ignored);
            paths.sort(null);
            List<String> others = ignored.stream().map(p -> relative(rootUri, p)).sorted().toList();
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no disclosure files (" + DisclosureFiles.PATTERNS + ") under " + input
                        + (others.isEmpty() ? "" : "; found " + others.size() + " other file(s), such as " + others.get(0)
                        + ": save disclosures as one of these (a scan: OCR it to text)"));
            }
            return new Listing(rootUri, paths, lengths, others);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + input, e);
        }
    }

    /** {@code path} relative to {@code rootUri} (both qualified), or {@code path} itself when it is not under it. */
    private static String relative(String rootUri, String path) {
        String root = rootUri.endsWith("/") ? rootUri : rootUri + "/";
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /**
     * Walks folders with plain {@code listStatus}: {@code listFiles} builds a {@code LocatedFileStatus} per file,
     * which on the local file system looks up permissions by running {@code ls} once per file (7,500 files: 150 s).
     */
    private static void collect(FileSystem fs, Path dir, List<String> paths, Map<String, Long> lengths,
                                List<String> ignored) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (f.isDirectory()) {
                collect(fs, f.getPath(), paths, lengths, ignored);
            } else if (DisclosureFiles.isDisclosure(name)) {
                paths.add(f.getPath().toString());
                lengths.put(f.getPath().toString(), f.getLen());
            } else {
                ignored.add(f.getPath().toString());
            }
        }
    }
}
