package io.github.ppm.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a writer that fails leaves nothing half-written, and so that a
 * symbolic link never redirects a write. Content goes to a new temporary file in the target's
 * folder and is then renamed into place: a rename replaces a link at the target itself, never the
 * file the link points to.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** What is written; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes UTF-8 {@code text} to {@code target}, creating its folder when needed. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes {@code content} to {@code target}, creating its folder when needed. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeOutputException("`" + target + "` is a folder, not a file");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, absolute.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Writes UTF-8 {@code text} to {@code relative} inside {@code root}, creating folders as
     * needed. Refuses a path that leaves the folder and a folder on the way that is a symbolic
     * link, which could lead anywhere.
     *
     * @return the file written
     */
    public static Path writeInside(Path root, String relative, String text) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("output path leaves the build folder: " + relative);
        }
        Files.createDirectories(base);
        Path folder = base;
        for (Path segment : base.relativize(target.getParent() == null ? base : target.getParent())) {
            folder = folder.resolve(segment);
            if (Files.isSymbolicLink(folder)) {
                throw new UnsafeOutputException("`" + folder + "` is a symbolic link; ppm does not write through links"
                        + " inside an output folder: remove it");
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
        }
        writeString(target, text);
        return target;
    }

    /**
     * Checks a folder a command is to fill: not the file-system root, not the home folder, not an
     * existing file (a {@link NotDirectoryException}: the machine's state, not a wrong argument).
     */
    public static void checkOutputFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new UnsafeOutputException("refusing to write into the file-system root `" + folder + "`: name a folder of its own");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && absolute.equals(Path.of(home).toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("refusing to write into the home folder `" + folder + "`: name a folder of its own");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotDirectoryException(folder.toString());
        }
    }

    /** A new file next to the target, created exclusively (so no link can be planted at its name). */
    private static Path createTemp(Path folder, String name) throws IOException {
        while (true) {
            byte[] random = new byte[6];
            ThreadLocalRandom.current().nextBytes(random);
            Path temp = folder.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name, then
            } catch (AccessDeniedException e) {
                // name the folder the user chose, not the hidden temporary file
                throw new AccessDeniedException(folder.toString(), null, e.getReason());
            }
        }
    }
}
