package io.haircut;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Why a file could not be read or written, in the analyst's words. A library's or the JVM's own text
 * (class names, "Cannot invoke ...", parser jargon) never reaches a message; it stays on the exception
 * as its cause, which {@code --debug} shows.
 */
public final class Causes {

    private Causes() {
    }

    /** One short phrase for {@code e}, such as "permission denied" or "the file is damaged". */
    public static String of(Throwable e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (check the file's permissions)";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is where a folder is expected";
        }
        if (e instanceof FileSystemException f && f.getReason() != null && f.getReason().matches("[A-Za-z ,'-]{1,60}")) {
            // The operating system's reason ("No space left on device", "Read-only file system"): plain words.
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof CharacterCodingException) {
            return "the text is not valid in its encoding";
        }
        if (e instanceof EOFException) {
            return "the file ends too early (is it cut short?)";
        }
        if (e instanceof ZipException) {
            return "the file's zip structure is damaged";
        }
        if (e.getClass() == java.io.IOException.class && e.getMessage() != null && e.getMessage().matches("[A-Za-z ,'-]{1,60}")) {
            // A write that fails inside the stream gives the operating system's reason the same way ("No space left on device").
            return e.getMessage();
        }
        if (e instanceof java.io.IOException) {
            return "the file cannot be read or written";
        }
        return "the file is damaged or in a form haircut does not read";
    }
}
