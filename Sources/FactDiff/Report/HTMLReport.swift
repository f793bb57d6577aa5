import LibXML

/// The report people open: a summary, one card per conflict with both
/// sentences and the evidence marked, and the articles side by side with
/// aligned sentences on one row.
///
/// Built as a tree of ``HTMLNode`` values and written by libxml2
/// (``HTMLSerializer``), so every piece of article text is escaped by
/// construction. The page is self-contained: inline CSS, no script, no
/// external request.
public enum HTMLReport {
    public static func render(_ analysis: StoryAnalysis) throws -> String {
        let page = H.el("html", [("lang", "en")], [
            H.el("head", [], [
                H.el("meta", [("charset", "utf-8")]),
                H.el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                H.el("title", [], text: "FactDiff: \(analysis.story.id)"),
                H.el("style", [], text: ReportStyle.css),
            ]),
            H.el("body", [], [
                H.el("header", [], [
                    H.el("h1", [], text: "FactDiff report: \(analysis.story.id)"),
                    H.el("p", [("class", "summary")], text: summaryLine(analysis)),
                ]),
                H.el("main", [], [
                    sources(analysis),
                    conflicts(analysis),
                    reportedAlone(analysis),
                    sideBySide(analysis),
                ]),
                H.el("footer", [], [H.text("Written by FactDiff from \(analysis.articles.count) articles.")]),
            ]),
        ])
        guard case .element(let root) = page else { return "" }
        return try HTMLSerializer.document(root)
    }

    static func summaryLine(_ analysis: StoryAnalysis) -> String {
        let errors = analysis.count(.error)
        let warnings = analysis.count(.warning)
        let conflicts = analysis.conflicts.isEmpty
            ? "No conflicts"
            : "\(analysis.conflicts.count) conflict\(analysis.conflicts.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"))"
        return "\(conflicts) between \(analysis.articles.count) articles; \(analysis.alignments.count) facts aligned across sources."
    }

    static func sentenceID(_ ref: SentenceRef) -> String { "a\(ref.article)-s\(ref.sentence)" }
    static func conflictID(_ conflict: Conflict) -> String { "c-\(conflict.fingerprint)" }

    private static func sources(_ analysis: StoryAnalysis) -> HTMLNode {
        let header = H.el("tr", [], ["Article", "Source", "Published", "Headline", "Sentences", "Also reported elsewhere"].map {
            H.el("th", [("scope", "col")], text: $0)
        })
        let rows = analysis.articles.enumerated().map { index, article in
            H.el("tr", [], [
                H.el("th", [("scope", "row")], text: article.id),
                H.el("td", [], text: article.source ?? "—"),
                H.el("td", [], text: article.published?.description ?? "—"),
                H.el("td", [], text: article.title),
                H.el("td", [("class", "number")], text: String(analysis.sentences[index].count)),
                H.el("td", [("class", "number")], text: coverageText(analysis.coverage[index])),
            ])
        }
        return H.el("section", [("aria-labelledby", "sources")], [
            H.el("h2", [("id", "sources")], text: "Sources"),
            H.el("table", [], [H.el("thead", [], [header]), H.el("tbody", [], rows)]),
        ])
    }

    static func coverageText(_ coverage: Coverage) -> String {
        "\(coverage.aligned) of \(coverage.sentences) (\(Int((coverage.share * 100).rounded()))%)"
    }

    /// Per source, the sentences no other source reports, linked to their
    /// place in the side-by-side table.
    private static func reportedAlone(_ analysis: StoryAnalysis) -> HTMLNode {
        var children: [HTMLNode] = [H.el("h2", [("id", "alone")], text: "Reported by one source only")]
        for coverage in analysis.coverage {
            let article = analysis.articles[coverage.article]
            children.append(H.el("h3", [], text: "\(article.id): \(coverage.unique.count) of \(coverage.sentences) sentences"))
            guard !coverage.unique.isEmpty else { continue }
            children.append(H.el("ul", [], coverage.unique.map { ref in
                H.el("li", [], [H.el("a", [("href", "#\(sentenceID(ref))")], text: analysis.sentence(ref).text)])
            }))
        }
        return H.el("section", [("aria-labelledby", "alone")], children)
    }

    private static func conflicts(_ analysis: StoryAnalysis) -> HTMLNode {
        var children: [HTMLNode] = [H.el("h2", [("id", "conflicts")], text: "Conflicts (\(analysis.conflicts.count))")]
        if analysis.conflicts.isEmpty {
            children.append(H.el("p", [], text: "The sources agree on every fact FactDiff compared."))
        }
        for conflict in analysis.conflicts {
            var claims: [HTMLNode] = []
            for claim in conflict.claims {
                let article = analysis.articles[claim.sentence.article]
                let location = analysis.location(of: claim)
                let sentence = analysis.sentence(claim.sentence)
                claims.append(H.el("dt", [], [
                    H.el("a", [("href", "#\(sentenceID(claim.sentence))")], text: article.id),
                    H.text(" \(article.path):\(location.line):\(location.column) · \(claim.value)"),
                ]))
                claims.append(H.el("dd", [], [
                    H.el("blockquote", [], H.marked(sentence.text, [(claim.evidence, "\(conflict.kind): \(claim.value)")]))
                ]))
            }
            children.append(H.el("article", [("class", "conflict \(conflict.severity.rawValue)"), ("id", conflictID(conflict))], [
                H.el("h3", [], [
                    H.el("span", [("class", "badge")], text: conflict.severity.rawValue),
                    H.text(" [\(conflict.kind)] \(conflict.message)"),
                ]),
                H.el("dl", [], claims),
                H.el("p", [("class", "fingerprint")], [
                    H.el("a", [("href", "#\(conflictID(conflict))")], text: "fingerprint \(conflict.fingerprint)"),
                ]),
            ]))
        }
        return H.el("section", [("aria-labelledby", "conflicts")], children)
    }

    private static func sideBySide(_ analysis: StoryAnalysis) -> HTMLNode {
        var marks: [SentenceRef: [(range: Range<Int>, title: String)]] = [:]
        var conflictOf: [SentenceRef: Conflict] = [:]
        for conflict in analysis.conflicts {
            for claim in conflict.claims {
                marks[claim.sentence, default: []].append((claim.evidence, "\(conflict.kind): \(claim.value)"))
                if conflictOf[claim.sentence] == nil { conflictOf[claim.sentence] = conflict }
            }
        }
        var scoreOf: [SentenceRef: Double] = [:]
        for alignment in analysis.alignments {
            for ref in alignment.sentences { scoreOf[ref] = max(scoreOf[ref] ?? 0, alignment.score) }
        }
        let layout = SideBySide(
            articleCount: analysis.articles.count, sentenceCounts: analysis.sentences.map(\.count),
            alignments: analysis.alignments)
        let header = H.el("tr", [], analysis.articles.map { H.el("th", [("scope", "col")], text: $0.id) })
        let rows = layout.rows.map { row -> HTMLNode in
            let refs = row.enumerated().flatMap { article, sentences in
                sentences.map { SentenceRef(article: article, sentence: $0) }
            }
            let conflict = refs.lazy.compactMap { conflictOf[$0] }.first
            let filled = row.filter { !$0.isEmpty }.count
            var classes = [filled > 1 ? "aligned" : "single"]
            if conflict != nil { classes.append("has-conflict") }
            let cells = row.enumerated().map { article, sentences -> HTMLNode in
                var content: [HTMLNode] = []
                for index in sentences {
                    let ref = SentenceRef(article: article, sentence: index)
                    let sentence = analysis.sentence(ref)
                    var attributes = [("id", sentenceID(ref)), ("class", "sentence \(sentence.role.rawValue)")]
                    if let score = scoreOf[ref] { attributes.append(("title", "alignment score \(score)")) }
                    var parts = H.marked(sentence.text, marks[ref] ?? [])
                    if sentence.repeatOf != nil {
                        parts.append(H.el("span", [("class", "tag")], text: " (repeated)"))
                    }
                    content.append(H.el("p", attributes, parts))
                }
                return H.el("td", [], content)
            }
            var rowChildren = cells
            if let conflict {
                rowChildren.append(H.el("td", [("class", "link")], [
                    H.el("a", [("href", "#\(conflictID(conflict))")], text: conflict.kind.rawValue),
                ]))
            } else {
                rowChildren.append(H.el("td", [("class", "link")]))
            }
            return H.el("tr", [("class", classes.joined(separator: " "))], rowChildren)
        }
        let fullHeader = H.el("tr", [], (header.children + [H.el("th", [("scope", "col")], text: "Conflict")]))
        return H.el("section", [("aria-labelledby", "articles")], [
            H.el("h2", [("id", "articles")], text: "Articles side by side"),
            H.el("p", [], text: "Each row is one fact; a row with one sentence is a fact only that source reports."),
            H.el("div", [("class", "scroll")], [
                H.el("table", [("class", "side-by-side")], [H.el("thead", [], [fullHeader]), H.el("tbody", [], rows)]),
            ]),
        ])
    }
}

extension HTMLNode {
    fileprivate var children: [HTMLNode] {
        if case .element(let element) = self { return element.children }
        return []
    }
}
