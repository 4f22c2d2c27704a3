package dev.threadlings.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;
import net.sourceforge.pmd.util.log.PmdReporter;

/**
 * Runs PMD with the course's rule set ({@code rules.xml}: PMD's own multithreading rules and XPath rules in PMD's
 * rule language) on one learner file. The rule set is loaded once per VM; {@link #warmUp()} does that and one
 * small analysis in advance, so that a console's first check does not pay for loading the analyzer.
 */
public final class Reviewer {
    private static final String RULES = "dev/threadlings/review/rules.xml";
    private static final Reviewer SHARED = new Reviewer();

    private RuleSet rules;

    private Reviewer() {}

    /** The VM's reviewer: it keeps the loaded rule set. */
    public static Reviewer shared() {
        return SHARED;
    }

    /**
     * Reviews {@code text}, the learner's file {@code fileName} as JShell reads it; {@code implied} are the packages
     * the file may use without importing them. Reviews one file at a time (PMD's rules keep state while they run).
     */
    public synchronized Review review(String fileName, String text, List<String> implied) {
        PMDConfiguration config = configuration();
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            pmd.addRuleSet(rules(config));
            pmd.files().addSourceFile(FileId.fromPathLikeString(fileName), CompilationUnitText.of(text, implied));
            Report report = pmd.performAnalysisAndCollectReport();
            if (!report.getProcessingErrors().isEmpty()) {
                String why = report.getProcessingErrors().getFirst().getMsg().lines().findFirst().orElse("");
                return new Review.NotReviewed("review.could-not-read", fileName, why);
            }
            List<String> lines = text.replace("\r\n", "\n").lines().toList();
            List<Finding> findings = new ArrayList<>();
            for (RuleViolation v : report.getViolations()) {
                Optional<ReviewRule> rule = ReviewRule.byPmdName(v.getRule().getName());
                int line = v.getBeginLine();
                String code = line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
                rule.ifPresent(r -> findings.add(new Finding(r, fileName, line, code)));
            }
            findings.sort(Comparator.comparingInt(Finding::line).thenComparing(f -> f.rule().id()));
            return new Review.Reviewed(findings.stream().distinct().toList());
        } catch (RuntimeException e) {
            return new Review.NotReviewed("review.failed", fileName, e.toString());
        }
    }

    /** Loads the analyzer and its rules now (a console does this while the learner reads). */
    public void warmUp() {
        review("Warm.java", "class Warm { void run() { synchronized (this) { notify(); } } }", List.of("java.util"));
    }

    private RuleSet rules(PMDConfiguration config) {
        if (rules == null) {
            rules = RuleSetLoader.fromPmdConfig(config).loadFromResource(RULES);
        }
        return rules;
    }

    private static PMDConfiguration configuration() {
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "25"));
        config.setIgnoreIncrementalAnalysis(true); // one small file: a cache would cost more than it saves
        config.setThreads(0);                      // on the calling thread
        config.setReporter(PmdReporter.quiet());
        return config;
    }
}
