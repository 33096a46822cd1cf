package org.fiscallens.web.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Which file is at a path right now: inode (file key), size and modification time. A build that publishes
 * a new warehouse by atomic rename changes the inode even if size and time happen to match.
 */
record FileIdentity(Object fileKey, long size, long modifiedMillis) {

    /** @return the identity, or null if nothing readable is at the path */
    static FileIdentity of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileIdentity(a.fileKey(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    String token() {
        return Integer.toHexString(Objects.hash(fileKey, size, modifiedMillis));
    }
}
