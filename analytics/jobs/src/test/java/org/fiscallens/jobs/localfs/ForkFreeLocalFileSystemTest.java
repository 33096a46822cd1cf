package org.fiscallens.jobs.localfs;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class ForkFreeLocalFileSystemTest {
    private static FileSystem fileSystem() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", ForkFreeLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        return FileSystem.get(java.net.URI.create("file:///"), conf);
    }

    @Test
    void createsFilesAndFoldersWithTheAskedPermissionsAndNoChecksumFile(@TempDir java.nio.file.Path dir) throws Exception {
        try (FileSystem fs = fileSystem()) {
            assertThat(fs).isInstanceOf(ForkFreeLocalFileSystem.class);
            Path folder = new Path(dir.resolve("kind=line_items").toUri());
            assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
            Path file = new Path(folder, "part-00000.parquet");
            try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
                out.write("新乡县医疗保障局".getBytes(StandardCharsets.UTF_8));
            }
            java.nio.file.Path local = dir.resolve("kind=line_items");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local))).isEqualTo("rwxr-x---");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local.resolve("part-00000.parquet"))))
                    .isEqualTo("rw-r-----");
            assertThat(Files.readString(local.resolve("part-00000.parquet"))).isEqualTo("新乡县医疗保障局");
            try (var files = Files.list(local)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
            }
        }
    }

    @Test
    void setPermissionMapsEveryRwxBit(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = Files.writeString(dir.resolve("x"), "x");
        try (FileSystem fs = fileSystem()) {
            for (short mode : new short[]{0644, 0755, 0600, 0777, 0000, 0421}) {
                fs.setPermission(new Path(f.toUri()), new FsPermission(mode));
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as("mode %o", mode).isEqualTo(new FsPermission(mode).toString());
            }
        }
    }
}
