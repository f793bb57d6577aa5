import LibXML

/// One card per conflict: kind, severity, the one-line message, each
/// source's sentence with the evidence marked and its normalised value, the
/// outlier when there is one, and a permalink.
enum HTMLConflictCards {
    static func section(_ analysis: StoryAnalysis, _ marks: ReportMarks) -> HTMLNode {
        var children: [HTMLNode] = [H.el("h2", [("id", "conflicts")], text: "Conflicts (\(analysis.conflicts.count))")]
        if analysis.conflicts.isEmpty {
            children.append(H.el("p", [], text: "The sources agree on every fact FactDiff compared."))
        }
        for conflict in analysis.conflicts {
            children.append(card(conflict, analysis, marks))
        }
        return H.el("section", [("aria-labelledby", "conflicts")], children)
    }

    private static func card(_ conflict: Conflict, _ analysis: StoryAnalysis, _ marks: ReportMarks) -> HTMLNode {
        var claims: [HTMLNode] = []
        for (index, claim) in conflict.claims.enumerated() {
            let article = analysis.articles[claim.sentence.article]
            let location = analysis.location(of: claim)
            var term: [HTMLNode] = [
                H.el("a", [("href", "#\(HTMLReport.textID(claim.sentence))")], text: article.id),
                H.text(" (\(article.source ?? article.path):\(location.line):\(location.column)) says "),
                H.el("strong", [], text: claim.evidenceText),
                H.text(" · value "),
                H.el("code", [], text: claim.value),
            ]
            if index == 0, conflict.outlier == claim.sentence.article {
                term.append(H.el("span", [("class", "outlier")], text: " outlier: the other sources agree with each other"))
            }
            claims.append(H.el("dt", [], term))
            claims.append(H.el("dd", [], [
                H.el("blockquote", [("dir", "auto")], marks.marked(analysis.sentence(claim.sentence)))
            ]))
        }
        let id = HTMLReport.conflictID(conflict)
        return H.el("article", [("class", "conflict \(conflict.severity.rawValue)"), ("id", id), ("aria-labelledby", "\(id)-title")], [
            H.el("h3", [("id", "\(id)-title")], [
                H.el("span", [("class", "badge")], text: conflict.severity.rawValue),
                H.text(" [\(conflict.kind)] \(conflict.message)"),
            ]),
            H.el("dl", [], claims),
            H.el("p", [("class", "fingerprint")], [
                H.el("a", [("href", "#\(id)")], text: "Permalink"),
                H.text(" · fingerprint \(conflict.fingerprint)"),
            ]),
        ])
    }
}
