package io.haircut.session;

import io.haircut.HaircutException;
import io.haircut.coverage.Basis;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.LedgerImporter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session as a small document, so work survives a closed terminal: the imports (path as given, options,
 * and every file read with its SHA-256 at import), the rule files in load order (with the SHA-256 of the
 * text loaded), and the scenarios. The data is not copied: {@link #restore} reads the files again and says,
 * one line per file, which changed or went missing since. Written and read by {@link SessionFile}.
 *
 * @param haircutSession the format's version, {@link #VERSION}
 */
public record SavedSession(int haircutSession, List<SavedImport> imports, List<SavedFile> ruleFiles,
        List<SavedScenario> scenarios) {

    public static final int VERSION = 1;

    /** The option an import records when it needed a password (never the password itself). */
    public static final String PASSWORD_PROTECTED = "passwordProtected";

    public SavedSession {
        imports = imports == null ? List.of() : List.copyOf(imports);
        ruleFiles = ruleFiles == null ? List.of() : List.copyOf(ruleFiles);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** An import: the path as the analyst gave it, where that was, the options, and the files it read. */
    public record SavedImport(String path, String absolutePath, Map<String, String> options, List<SavedFile> files) {
        public SavedImport {
            options = options == null ? Map.of() : Map.copyOf(options);
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** A file as read: its path as shown, its absolute path, and the SHA-256 of its content then. */
    public record SavedFile(String path, String absolutePath, String sha256) {
    }

    /**
     * A coverage scenario; rates as exact decimal text (0.40 is 40% a year). {@code withoutVendorFunding} may be
     * absent: files saved before it existed leave the vendors' money in, as those sessions did.
     */
    public record SavedScenario(String name, String growth, String decay, boolean withoutTopCustomer, String basis,
                                Boolean withoutVendorFunding) {
        public SavedScenario {
            withoutVendorFunding = Boolean.TRUE.equals(withoutVendorFunding);
        }
    }

    /** What {@link #restore} rebuilt, and one warning line per file that changed, went missing or is new. */
    public record Restored(Session session, List<String> warnings) {
        public Restored {
            warnings = List.copyOf(warnings);
        }
    }

    /** The session as a document. Hashes are those taken when each file was read, so a change since then shows. */
    public static SavedSession capture(Session session) {
        List<SavedImport> imports = new ArrayList<>();
        if (session.ledger() != null) {
            List<SavedFile> files = session.ledger().files().stream()
                    .map(f -> new SavedFile(f.path(), absolute(f.path()), f.sha256())).toList();
            List<ImportSource> sources = session.imports();
            if (sources.isEmpty()) {
                throw new HaircutException("cannot save this session: it does not record how its company was imported;"
                        + " import it again, then save");
            }
            for (ImportSource source : sources) {
                imports.add(new SavedImport(source.path(), absolute(source.path()), source.options(), files));
            }
        }
        List<SavedFile> rules = session.rules().files().stream()
                .map(f -> new SavedFile(f.path(), absolute(f.path()), sha256(f.text()))).toList();
        List<SavedScenario> scenarios = session.scenarios().all().stream()
                .map(s -> new SavedScenario(s.name(), s.growth().toPlainString(), s.decay().toPlainString(),
                        s.withoutTopCustomer(), s.basis().label(), s.withoutVendorFunding()))
                .toList();
        return new SavedSession(VERSION, imports, rules, scenarios);
    }

    /**
     * Rebuilds the session from the files named: imports each (with {@code password} for those that
     * needed one), loads each rule file in its order, and sets the scenarios. A file that is missing is
     * left out with a warning; a file that changed is read as it is now, with a warning. Fails, changing
     * nothing, when a file can no longer be read.
     */
    public Restored restore(String display, String password) {
        List<String> warnings = new ArrayList<>();
        Session session = Session.empty().withScenarios(scenarios(display));
        for (SavedImport saved : imports) {
            Path path = where(saved.path(), saved.absolutePath());
            if (!Files.exists(path)) {
                warnings.add(path + " is missing; the company was not imported");
                continue;
            }
            checkOptions(display, saved.options());
            boolean needsPassword = "true".equals(saved.options().get(PASSWORD_PROTECTED));
            ImportedLedger imported = LedgerImporter.importPath(path, needsPassword ? password : null);
            warnings.addAll(compare(saved.files(), imported.ledger().files()));
            session = session.withImport(new ImportSource(path.toString(), saved.options()), imported.ledger());
        }
        for (SavedFile saved : ruleFiles) {
            Path path = where(saved.path(), saved.absolutePath());
            if (!Files.isRegularFile(path)) {
                warnings.add(path + " is missing; its rules were not loaded");
                continue;
            }
            RuleSet loaded = RuleFiles.load(path);
            String now = sha256(loaded.files().get(0).text());
            if (!now.equals(saved.sha256())) {
                warnings.add(changed(path.toString(), saved.sha256(), now));
            }
            session = session.withRules(loaded);
        }
        return new Restored(session, warnings);
    }

    /** The options an import records (see {@code import}); any other key is not from haircut and is refused. */
    static void checkOptions(String display, Map<String, String> options) {
        for (Map.Entry<String, String> o : options.entrySet()) {
            if (!o.getKey().equals(PASSWORD_PROTECTED)) {
                throw new HaircutException(display + ": not a haircut session file: unknown key " + io.haircut.Excerpt.quoted(o.getKey())
                        + " in an import's options; expected only " + PASSWORD_PROTECTED);
            }
            if (!o.getValue().equals("true") && !o.getValue().equals("false")) {
                throw new HaircutException(display + ": not a haircut session file: " + PASSWORD_PROTECTED + " is "
                        + io.haircut.Excerpt.quoted(o.getValue()) + "; expected true or false");
            }
        }
    }

    private Scenarios scenarios(String display) {
        List<Scenario> list = new ArrayList<>();
        for (SavedScenario s : scenarios) {
            try {
                Basis basis = Basis.parse(String.valueOf(s.basis())).orElseThrow(() -> new HaircutException("basis '" + s.basis()
                        + "' is not one of " + Labelled.choices(Basis.class)));
                list.add(new Scenario(s.name(), decimal(s.growth(), "growth"), decimal(s.decay(), "decay"),
                        s.withoutTopCustomer(), basis, s.withoutVendorFunding()));
            } catch (HaircutException e) {
                throw new HaircutException(display + ": scenario '" + s.name() + "': " + e.getMessage());
            }
        }
        return new Scenarios(list);
    }

    /**
     * A rate as the shell reads {@code --growth} and {@code --decay} (plain decimals, no exponent, so
     * {@code 1e999999999} is refused before any arithmetic), then held to the same limits by {@link Scenario}.
     */
    private static BigDecimal decimal(String text, String what) {
        String t = String.valueOf(text).trim();
        if (t.length() > 40 || !t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new HaircutException(what + " " + io.haircut.Excerpt.quoted(t) + " is not a decimal number such as 0.40");
        }
        return new BigDecimal(t);
    }

    /** One line per file that changed, went missing, or appeared since the files were read (by absolute path). */
    private static List<String> compare(List<SavedFile> then, List<SourceFile> now) {
        Map<String, SourceFile> current = new LinkedHashMap<>();
        now.forEach(f -> current.put(absolute(f.path()), f));
        List<String> lines = new ArrayList<>();
        for (SavedFile saved : then) {
            SourceFile file = current.remove(saved.absolutePath());
            if (file == null) {
                lines.add(saved.path() + " is missing; it was not imported");
            } else if (!file.sha256().equals(saved.sha256())) {
                lines.add(changed(file.path(), saved.sha256(), file.sha256()));
            }
        }
        current.values().forEach(f -> lines.add(f.path() + " is new since the session was saved; it was imported"));
        return lines;
    }

    private static String changed(String path, String then, String now) {
        return path + " changed since the session was saved (SHA-256 " + shortHash(then) + " then, " + shortHash(now)
                + " now); figures may differ";
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }

    /** The path as given when it still names the same file from here, else the absolute path saved. */
    private static Path where(String path, String absolutePath) {
        if (path == null || absolutePath == null) {
            return Path.of(path != null ? path : String.valueOf(absolutePath));
        }
        Path given = Path.of(path);
        return absolute(path).equals(absolutePath) ? given : Path.of(absolutePath);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
