package io.haircut.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.haircut.HaircutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link SavedSession} as JSON and reads it back, refusing anything else with one line naming the
 * file, line and column. Plain data binding onto records: no polymorphic typing, so a session file can name
 * no class to load; unknown keys are errors, not ignored.
 */
public final class SessionFile {

    /** A session file is a few kilobytes; anything much larger is not one. */
    static final long MAX_BYTES = 1 << 20;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SessionFile() {
    }

    public static String json(SavedSession session) {
        try {
            return JSON.writeValueAsString(session) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved session is plain data", e);
        }
    }

    public static SavedSession read(Path file) {
        String display = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new HaircutException(display + ": no such file; save a session first: save " + display);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new HaircutException(display + ": " + Files.size(file) + " bytes is not a haircut session file"
                        + " (those are a few kilobytes); check the name");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new HaircutException(display + ": cannot read the file: " + io.haircut.Causes.of(e), e);
        }
        return parse(display, new String(bytes, StandardCharsets.UTF_8));
    }

    static SavedSession parse(String display, String text) {
        SavedSession session;
        try {
            session = JSON.readValue(text, SavedSession.class);
        } catch (JsonProcessingException e) {
            throw new HaircutException(place(display, e.getLocation()) + ": not a haircut session file: " + problem(e), e);
        }
        if (session == null) {
            throw new HaircutException(display + ": not a haircut session file: it is empty");
        }
        if (session.haircutSession() != SavedSession.VERSION) {
            throw new HaircutException(display + (session.haircutSession() > SavedSession.VERSION
                    ? ": saved by a newer haircut (session format " + session.haircutSession() + "); this one reads format "
                            + SavedSession.VERSION
                    : ": not a haircut session file: expected \"haircutSession\": " + SavedSession.VERSION + " at the top"));
        }
        checkPaths(display, session);
        session.imports().forEach(i -> SavedSession.checkOptions(display, i.options()));
        return session;
    }

    private static void checkPaths(String display, SavedSession session) {
        List<String> paths = new ArrayList<>();
        for (SavedSession.SavedImport i : session.imports()) {
            paths.add(i.path());
            paths.add(i.absolutePath());
            i.files().forEach(f -> {
                paths.add(f.path());
                paths.add(f.absolutePath());
            });
        }
        session.ruleFiles().forEach(f -> {
            paths.add(f.path());
            paths.add(f.absolutePath());
        });
        for (String p : paths) {
            if (p == null) {
                throw new HaircutException(display + ": not a haircut session file: a \"path\" or \"absolutePath\" is missing");
            }
            try {
                Path.of(p);
            } catch (InvalidPathException e) {
                throw new HaircutException(display + ": not a haircut session file: " + io.haircut.Excerpt.quoted(p) + " is not a file path");
            }
        }
    }

    private static String place(String display, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? display : display + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    /** Jackson's problem in the session file's terms, one line, without Java class names. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            return "unknown key '" + u.getPropertyName() + "'; expected one of " + known;
        }
        boolean endOfInput = false;
        for (Throwable c = e; c != null; c = c.getCause()) {
            endOfInput |= c instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    || c.getMessage() != null && c.getMessage().contains("end-of-input");
        }
        if (e instanceof JsonParseException || endOfInput) {
            // Jackson's own wording ("Unexpected character ('x' (code 120))") is for --debug; the place is given.
            return endOfInput
                    ? "not valid JSON: the text ends before the JSON does (is the file cut short?)"
                    : "not valid JSON here; a session file is the JSON that 'save' writes";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String key = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "'" + key + "' is not the kind of value expected there";
        }
        return "not the JSON that 'save' writes";
    }
}
