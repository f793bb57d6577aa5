import LibXML

/// The report people open, one self-contained file per story: a summary of
/// the sources, one card per conflict, the alignment table with one row per
/// fact and one column per source, what each source alone reports, and the
/// full text of every article with the same marks.
///
/// Built as a tree of ``HTMLNode`` values and written by libxml2
/// (``HTMLSerializer``), so every piece of article text is escaped by
/// construction. Inline CSS, no script, no external request: it reads the
/// same in a browser, a mail client or on paper.
public enum HTMLReport {
    public static func render(_ analysis: StoryAnalysis) throws -> String {
        let marks = ReportMarks(analysis)
        return try H.page(title: "FactDiff: \(analysis.story.id)", body: [
            H.el("a", [("class", "skip"), ("href", "#conflicts")], text: "Skip to the conflicts"),
            H.el("header", [], [
                H.el("h1", [], text: "FactDiff report: \(analysis.story.id)"),
                H.el("p", [("class", "summary")], text: summaryLine(analysis)),
                H.el("nav", [("aria-label", "Sections")], [
                    H.el("ul", [], [
                        ("#summary", "Summary"), ("#conflicts", "Conflicts"), ("#alignment", "Alignment"),
                        ("#alone", "Reported by one source"), ("#texts", "Full texts"),
                    ].map { H.el("li", [], [H.el("a", [("href", $0.0)], text: $0.1)]) }),
                ]),
            ]),
            H.el("main", [], [
                HTMLSummary.section(analysis),
                HTMLConflictCards.section(analysis, marks),
                HTMLAlignmentTable.section(analysis, marks),
                HTMLReportedAlone.section(analysis),
                HTMLArticleTexts.section(analysis, marks),
            ]),
            H.el("footer", [], [
                H.text("Written by FactDiff from \(analysis.articles.count) articles. Evidence is marked "),
                H.el("mark", [], text: "like this"),
                H.text(" with its kind in brackets; "),
                H.el("span", [("class", "only")], text: "only in"),
                H.text(" marks a sentence no other source reports."),
            ]),
        ])
    }

    static func summaryLine(_ analysis: StoryAnalysis) -> String {
        let errors = analysis.count(.error)
        let warnings = analysis.count(.warning)
        let conflicts =
            analysis.conflicts.isEmpty
            ? "No conflicts"
            : "\(plural(analysis.conflicts.count, "conflict")) (\(plural(errors, "error")), \(plural(warnings, "warning")))"
        return "\(conflicts) between \(analysis.articles.count) articles; \(plural(analysis.facts.count, "fact")) aligned across sources."
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    /// Anchors: a sentence in the full text, a row of the alignment table, a
    /// conflict card (from its fingerprint, so links survive re-runs).
    static func textID(_ ref: SentenceRef) -> String { "t\(ref.article)-\(ref.sentence)" }
    static func rowID(_ row: Int) -> String { "fact-\(row + 1)" }
    static func conflictID(_ conflict: Conflict) -> String { "c-\(conflict.fingerprint)" }
}
