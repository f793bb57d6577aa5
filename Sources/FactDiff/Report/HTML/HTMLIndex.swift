import LibXML

/// The index of a report folder: one row per story with its sources, its
/// conflicts by kind and a link to its report; then the articles no other
/// source covers and the inputs that could not be read.
enum HTMLIndex {
    static func render(_ outcome: BatchOutcome, fileNames: [String]) throws -> String {
        let kinds = Set(outcome.stories.flatMap { $0.conflicts.map(\.kind) }).sorted()
        let header = H.el("tr", [], (["Story", "Sources", "New conflicts", "Baselined"] + kinds.map(\.rawValue)).map {
            H.el("th", [("scope", "col")], text: $0)
        })
        let rows = zip(outcome.stories, fileNames).map { analysis, file -> HTMLNode in
            let new = analysis.conflicts.filter { !outcome.baselined.contains($0.fingerprint) }
            let sources = analysis.articles.map { article in article.source.map { "\($0) (\(article.id))" } ?? article.id }
            var cells: [HTMLNode] = [
                H.el("th", [("scope", "row")], [H.el("a", [("href", file)], text: analysis.story.id)]),
                H.el("td", [], text: sources.joined(separator: ", ")),
                H.el("td", [("class", "number")], text: String(new.count)),
                H.el("td", [("class", "number")], text: String(analysis.conflicts.count - new.count)),
            ]
            for kind in kinds {
                cells.append(H.el("td", [("class", "number")], text: String(new.filter { $0.kind == kind }.count)))
            }
            return H.el("tr", [("class", new.isEmpty ? "clean" : "has-conflict")], cells)
        }
        var main: [HTMLNode] = [
            H.el("section", [("aria-labelledby", "stories")], [
                H.el("h2", [("id", "stories")], text: "Stories (\(outcome.stories.count))"),
                H.el("div", [("class", "scroll")], [
                    H.el("table", [], [H.el("thead", [], [header]), H.el("tbody", [], rows)]),
                ]),
            ])
        ]
        if !outcome.groupings.isEmpty {
            main.append(H.el("section", [("aria-labelledby", "grouped")], [
                H.el("h2", [("id", "grouped")], text: "Grouped by shared terms"),
                H.el("ul", [], outcome.groupings.map { grouping in
                    H.el("li", [], text: "\(grouping.story): \(grouping.articles.joined(separator: ", ")), sharing \(grouping.sharedTerms.joined(separator: ", "))")
                }),
            ]))
        }
        if !outcome.uncompared.isEmpty {
            main.append(H.el("section", [("aria-labelledby", "uncompared")], [
                H.el("h2", [("id", "uncompared")], text: "Not yet covered by another source"),
                H.el("ul", [], outcome.uncompared.map { H.el("li", [], text: "\($0.id): \($0.title) (\($0.path))") }),
            ]))
        }
        if !outcome.problems.isEmpty {
            main.append(H.el("section", [("aria-labelledby", "problems")], [
                H.el("h2", [("id", "problems")], text: "Inputs that could not be read"),
                H.el("ul", [], outcome.problems.map { H.el("li", [], text: $0.description) }),
            ]))
        }
        let new = outcome.newConflicts.count
        return try H.page(title: "FactDiff: \(outcome.stories.count) stories", body: [
            H.el("header", [], [
                H.el("h1", [], text: "FactDiff: \(outcome.stories.count) stories"),
                H.el("p", [("class", "summary")], text: "\(new) new conflict\(new == 1 ? "" : "s"); \(outcome.baselined.count) baselined; \(outcome.uncompared.count) articles not yet covered by another source."),
            ]),
            H.el("main", [], main),
            H.el("footer", [], [H.text("Written by FactDiff.")]),
        ])
    }
}
