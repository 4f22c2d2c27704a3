package dev.threadlings.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in words: the JDK's own messages are the bare path ({@code NoSuchFileException}) or
 * a decoder's "Input length = 1", which read as nonsense after "cannot read FILE:".
 */
public final class FileTrouble {

    private FileTrouble() {
    }

    public static String describe(IOException e, Messages text) {
        return switch (e) {
            case NoSuchFileException missing -> text.get("file.missing");
            case AccessDeniedException denied -> text.get("file.denied");
            case CharacterCodingException notText -> text.get("file.not-utf8");
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }
}
