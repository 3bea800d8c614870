package io.github.ppm.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises, in what a command threw, a fault of the machine rather than of ppm: permission
 * denied, a read-only or full file system, a file where a folder is expected, memory exhausted.
 * {@link Main} prints the message (what, where, what to do) and exits 1, without a stack trace and
 * without asking for a bug report; anything not recognised stays an internal error.
 */
final class EnvironmentFaults {
    private EnvironmentFaults() {
    }

    private static final String NO_SPACE = "No space left on device";

    /** The message for {@code thrown} when it, or one of its causes, is a fault of the machine. */
    static Optional<String> describe(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Optional<String> message = describeOne(t);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describeOne(Throwable t) {
        if (t instanceof EnvironmentException fault) {
            // a fault a command recognised itself (a locked store, a port in use, a query timeout)
            return Optional.of(fault.getMessage());
        }
        if (t instanceof OutOfMemoryError) {
            return Optional.of("out of memory: this input needs more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB of heap Java was given; give it more, e.g. `PPM_JAVA_OPTS=-Xmx4g ./ppm ...` or"
                    + " `java -Xmx4g -jar ...`");
        }
        if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")) {
            // TDB2 writes its indexes through memory-mapped files; a page the file system cannot
            // back (a full disk) arrives as SIGBUS, which Java turns into this error.
            return Optional.of("no space left on the device: writing the store's memory-mapped files failed;"
                    + " free some space (or use a folder on another disk) and run it again");
        }
        if (t instanceof AccessDeniedException denied) {
            return Optional.of("permission denied on `" + denied.getFile() + "`; check the permissions of it and its"
                    + " folder, or choose another path");
        }
        if (t instanceof NotDirectoryException notFolder) {
            return Optional.of(fileNotFolder(notFolder.getFile()));
        }
        if (t instanceof FileAlreadyExistsException exists && exists.getFile() != null
                && Files.exists(Path.of(exists.getFile())) && !Files.isDirectory(Path.of(exists.getFile()))) {
            // what Files.createDirectories throws when a file is in the way of a folder
            return Optional.of(fileNotFolder(exists.getFile()));
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            String where = fs.getFile() == null ? "" : " (`" + fs.getFile() + "`)";
            switch (fs.getReason()) {
                case "Read-only file system":
                    return Optional.of("`" + fs.getFile() + "` is on a read-only file system; choose a folder ppm can"
                            + " write");
                case "Not a directory":
                    return Optional.of("a part of the path `" + fs.getFile() + "` is a file, but a folder is expected"
                            + " there; name a new or empty folder");
                case NO_SPACE:
                    return Optional.of(noSpace(where));
                default:
                    return Optional.empty();
            }
        }
        if (t instanceof IOException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT)
                .contains(NO_SPACE.toLowerCase(Locale.ROOT))) {
            return Optional.of(noSpace(""));
        }
        return Optional.empty();
    }

    private static String fileNotFolder(String file) {
        return "`" + file + "` is a file, but a folder is expected there; name a new or empty folder";
    }

    private static String noSpace(String where) {
        return "no space left on the device" + where + "; free some space or write elsewhere";
    }
}
