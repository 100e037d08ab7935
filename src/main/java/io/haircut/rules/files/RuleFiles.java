package io.haircut.rules.files;

import io.haircut.rules.DeclaredParty;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleFileException;
import io.haircut.rules.RuleSet;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads rule files (YAML; grammar in docs/rules.md and beside {@code RuleFileParser}) into a
 * {@link RuleSet}. Loading is all-or-nothing: the first mistake in any file stops the load with a
 * {@link RuleFileException} whose one-line message reads {@code path:line:column: what was wrong;
 * what was expected}, and no rule is returned.
 */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * Loads one rule file, or every {@code *.yaml} / {@code *.yml} file directly in a folder, in file-name
     * order (which is also rule precedence). Hidden files and sub-folders are ignored.
     */
    public static RuleSet load(Path fileOrDirectory) {
        // Steps: list the files (path -> files in load order); read each (file -> text); parse each
        // (text -> rules and includes, or the first error); read and parse the parties files they include
        // (includes -> parties); check ids across files (rules -> rule set).
        List<Path> files = ruleFilesAt(fileOrDirectory);
        Loaded loaded = new Loaded();
        List<Path> partiesFiles = new ArrayList<>();
        for (Path file : files) {
            String text = read(file, file.toString());
            // A parties file beside the rule files that include it is read through their include-parties.
            if (files.size() > 1 && RuleFileParser.isPartiesFile(file.toString(), text)) {
                partiesFiles.add(file);
            } else {
                loaded.add(file, file.toString(), text);
            }
        }
        for (Path p : partiesFiles) {
            if (!loaded.partiesFiles.containsKey(p.normalize().toString())) {
                throw new RuleFileException(p + ":1:1: a parties file that no rule file in " + fileOrDirectory
                        + " includes; add include-parties: " + p.getFileName() + " to the rule file that needs it,"
                        + " or move it out of the folder");
            }
        }
        return loaded.ruleSet();
    }

    /**
     * Parses rule-file text as if read from {@code displayPath}; for tests, previews and {@code rules validate}.
     * Parties files it includes are read from disk, relative to {@code displayPath}'s folder.
     */
    public static RuleSet parse(String displayPath, String text) {
        Loaded loaded = new Loaded();
        loaded.add(Path.of(displayPath), displayPath, stripBom(text));
        return loaded.ruleSet();
    }

    /** The files read so far: their rules, texts and the parties they include. */
    private static final class Loaded {
        final List<RuleSet.RuleFile> texts = new ArrayList<>();
        final List<RuleFileParser.ParsedRule> rules = new ArrayList<>();
        final List<DeclaredParty> parties = new ArrayList<>();
        final Map<String, List<DeclaredParty>> partiesFiles = new HashMap<>();

        void add(Path file, String display, String text) {
            texts.add(new RuleSet.RuleFile(display, text));
            RuleFileParser.ParsedFile parsed = RuleFileParser.parse(display, text);
            rules.addAll(parsed.rules());
            for (RuleFileParser.Include include : parsed.includes()) {
                Path parent = file.getParent();
                Path target = (parent == null ? Path.of(include.path()) : parent.resolve(include.path())).normalize();
                String targetDisplay = target.toString();
                if (!Files.isRegularFile(target)) {
                    throw new RuleFileException(include.place() + ": include-parties '" + include.path()
                            + "': no such file (" + targetDisplay + "); paths are relative to the rule file's folder");
                }
                List<DeclaredParty> declared = partiesFiles.get(targetDisplay);
                if (declared == null) {
                    String partiesText = read(target, targetDisplay);
                    texts.add(new RuleSet.RuleFile(targetDisplay, partiesText));
                    declared = PartyFileParser.parse(targetDisplay, partiesText, display);
                    partiesFiles.put(targetDisplay, declared);
                }
                for (DeclaredParty p : declared) {
                    parties.add(new DeclaredParty(p.party(), p.origin(), p.file(), display, p.evidence()));
                }
            }
        }

        RuleSet ruleSet() {
            checkAliases(parties);
            RuleSet set = RuleFiles.ruleSet(rules, texts);
            return new RuleSet(set.rules(), dedupe(texts), parties, java.util.Set.of());
        }
    }

    /** A name may belong to one group only, across every parties file loaded together. */
    private static void checkAliases(List<DeclaredParty> parties) {
        Map<String, DeclaredParty> byName = new HashMap<>();
        for (DeclaredParty p : parties) {
            DeclaredParty earlier = byName.putIfAbsent(io.haircut.ledger.CounterpartyNames.normalise(p.party().name()), p);
            if (earlier != null && !earlier.party().group().equals(p.party().group())) {
                throw new RuleFileException(p.origin() + ": '" + p.party().name() + "' is already an alias of "
                        + earlier.party().group() + " at " + earlier.origin() + "; a name belongs to one group");
            }
        }
    }

    private static List<RuleSet.RuleFile> dedupe(List<RuleSet.RuleFile> files) {
        Map<String, RuleSet.RuleFile> byPath = new java.util.LinkedHashMap<>();
        files.forEach(f -> byPath.putIfAbsent(f.path(), f));
        return List.copyOf(byPath.values());
    }

    private static List<Path> ruleFilesAt(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new RuleFileException(path + ": no such file");
        }
        String separator = path.getFileSystem().getSeparator();
        String folder = path.toString().endsWith(separator) ? path.toString() : path + separator;
        List<Path> files;
        try (Stream<Path> listing = Files.list(path)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(RuleFiles::isRuleFileName)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new RuleFileException(folder + ": cannot list this folder (" + reason(e) + ")");
        }
        if (files.isEmpty()) {
            throw new RuleFileException(folder + ": no rule files (*.yaml) in this folder");
        }
        return files;
    }

    private static boolean isRuleFileName(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    private static String read(Path file, String display) {
        try {
            return stripBom(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new RuleFileException(display + ": not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new RuleFileException(display + ": cannot read this file (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rules in load order, refusing an id used twice (naming both places). */
    private static RuleSet ruleSet(List<RuleFileParser.ParsedRule> parsed, List<RuleSet.RuleFile> files) {
        Map<String, RuleFileParser.ParsedRule> byId = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (RuleFileParser.ParsedRule p : parsed) {
            RuleFileParser.ParsedRule first = byId.putIfAbsent(p.rule().id(), p);
            if (first != null) {
                throw new RuleFileException(p.idPlace() + ": rule id '" + p.rule().id() + "' is already used at "
                        + first.idPlace() + "; give each rule its own id");
            }
            rules.add(p.rule());
        }
        return new RuleSet(rules, files);
    }
}
