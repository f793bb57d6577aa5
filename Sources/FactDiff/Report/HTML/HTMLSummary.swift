import LibXML

/// The story at a glance: each source with its outlet, date, how much of it
/// the others also report, what it alone reports and the conflicts it is in;
/// then the conflicts by kind and severity.
enum HTMLSummary {
    static func section(_ analysis: StoryAnalysis) -> HTMLNode {
        H.el("section", [("aria-labelledby", "summary")], [
            H.el("h2", [("id", "summary")], text: "Summary"),
            sources(analysis),
            byKind(analysis),
        ])
    }

    private static func sources(_ analysis: StoryAnalysis) -> HTMLNode {
        var involved = Array(repeating: 0, count: analysis.articles.count)
        for conflict in analysis.conflicts {
            for article in Set(conflict.claims.map(\.sentence.article)) { involved[article] += 1 }
        }
        // Agreement: of the facts a source shares with others, those on which
        // it is in no conflict. A conflict is on a fact when claims of two
        // sources are sentences of that fact's alignment, one of them this
        // source's: a sentence that reports two facts (a pair on another
        // fact, ``Alignment/otherFact``, links it to the second) may be
        // disputed on one and agreed on the other.
        var shared = Array(repeating: 0, count: analysis.articles.count)
        var agreed = Array(repeating: 0, count: analysis.articles.count)
        for alignment in analysis.facts {
            let members = Set(alignment.sentences)
            var disputed: Set<Int> = []
            for conflict in analysis.conflicts {
                let inside = conflict.claims.map(\.sentence).filter(members.contains)
                if Set(inside.map(\.article)).count >= 2 { disputed.formUnion(inside.map(\.article)) }
            }
            for article in Set(alignment.sentences.map(\.article)) {
                shared[article] += 1
                if !disputed.contains(article) { agreed[article] += 1 }
            }
        }
        let header = H.el("tr", [], [
            "Article", "Outlet", "Published", "Headline", "Also reported by another source", "Reported only here",
            "Agrees on", "Conflicts",
        ].map { H.el("th", [("scope", "col")], text: $0) })
        let rows = analysis.articles.enumerated().map { index, article in
            let coverage = analysis.coverage[index]
            return H.el("tr", [], [
                H.el("th", [("scope", "row")], text: article.id),
                H.el("td", [], text: article.source ?? "not given"),
                H.el("td", [], text: article.published?.description ?? "not given"),
                H.el("td", [], text: article.title),
                H.el("td", [("class", "number")], text: "\(coverage.aligned) of \(coverage.sentences) sentences (\(percent(coverage.share)))"),
                H.el("td", [("class", "number")], [
                    H.el("a", [("href", "#alone-\(index)")], text: HTMLReport.plural(coverage.unique.count, "sentence")),
                ]),
                H.el("td", [("class", "number")], text: "\(agreed[index]) of \(HTMLReport.plural(shared[index], "shared fact"))"),
                H.el("td", [("class", "number")], text: String(involved[index])),
            ])
        }
        return H.el("div", [("class", "scroll")], [
            H.el("table", [], [
                H.el("caption", [], text: "Sources"),
                H.el("thead", [], [header]),
                H.el("tbody", [], rows),
            ])
        ])
    }

    private static func byKind(_ analysis: StoryAnalysis) -> HTMLNode {
        let kinds = Set(analysis.conflicts.map(\.kind)).sorted()
        guard !kinds.isEmpty else {
            return H.el("p", [], text: "Conflicts by kind and severity: none.")
        }
        let header = H.el("tr", [], ["Kind", "Errors", "Warnings"].map { H.el("th", [("scope", "col")], text: $0) })
        let rows = kinds.map { kind in
            let ofKind = analysis.conflicts.filter { $0.kind == kind }
            return H.el("tr", [], [
                H.el("th", [("scope", "row")], text: kind.rawValue),
                H.el("td", [("class", "number")], text: String(ofKind.filter { $0.severity == .error }.count)),
                H.el("td", [("class", "number")], text: String(ofKind.filter { $0.severity == .warning }.count)),
            ])
        }
        return H.el("table", [("class", "narrow")], [
            H.el("caption", [], text: "Conflicts by kind and severity"),
            H.el("thead", [], [header]),
            H.el("tbody", [], rows),
        ])
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
