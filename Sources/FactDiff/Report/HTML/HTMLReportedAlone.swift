import LibXML

/// Per source, the sentences no other source reports: what an editor
/// checks next.
enum HTMLReportedAlone {
    static func section(_ analysis: StoryAnalysis) -> HTMLNode {
        var children: [HTMLNode] = [H.el("h2", [("id", "alone")], text: "Reported by one source only")]
        for coverage in analysis.coverage {
            let article = analysis.articles[coverage.article]
            children.append(H.el("h3", [("id", "alone-\(coverage.article)")],
                text: "\(article.id): \(coverage.unique.count) of \(coverage.sentences) sentences"))
            guard !coverage.unique.isEmpty else {
                children.append(H.el("p", [], text: "Every sentence of \(article.id) is also reported by another source."))
                continue
            }
            children.append(H.el("ul", [], coverage.unique.map { ref in
                H.el("li", [("dir", "auto")], [
                    H.el("a", [("href", "#\(HTMLReport.textID(ref))")], text: analysis.sentence(ref).text)
                ])
            }))
        }
        return H.el("section", [("aria-labelledby", "alone")], children)
    }
}
