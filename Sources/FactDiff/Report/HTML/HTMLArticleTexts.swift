import LibXML

/// The full text of every article, paragraph by paragraph, with the same
/// marks as the conflict cards; the targets of every sentence link.
enum HTMLArticleTexts {
    static func section(_ analysis: StoryAnalysis, _ marks: ReportMarks) -> HTMLNode {
        let unique = Set(analysis.coverage.flatMap(\.unique))
        var children: [HTMLNode] = [H.el("h2", [("id", "texts")], text: "Full texts")]
        for (index, article) in analysis.articles.enumerated() {
            var byParagraph: [Int: [Sentence]] = [:]
            for sentence in analysis.sentences[index] { byParagraph[sentence.paragraph, default: []].append(sentence) }
            let paragraphs = byParagraph.keys.sorted().map { paragraph -> HTMLNode in
                let sentences = byParagraph[paragraph]!
                var nodes: [HTMLNode] = []
                for sentence in sentences {
                    if !nodes.isEmpty { nodes.append(H.text(" ")) }
                    var classes = ["sentence"]
                    if unique.contains(sentence.ref) { classes.append("alone") }
                    nodes.append(H.el("span", [("id", HTMLReport.textID(sentence.ref)), ("class", classes.joined(separator: " "))],
                        marks.marked(sentence)))
                }
                let role = sentences.first?.role.rawValue ?? "body"
                return H.el("p", [("class", role), ("dir", "auto")], nodes)
            }
            var byline = [article.source, article.published?.description, article.author].compactMap { $0 }
            byline.append(article.path)
            children.append(H.el("article", [("class", "text"), ("aria-labelledby", "text-\(index)")], [
                H.el("h3", [("id", "text-\(index)")], text: article.id),
                H.el("p", [("class", "byline")], text: byline.joined(separator: " · ")),
            ] + paragraphs))
        }
        return H.el("section", [("aria-labelledby", "texts")], children)
    }
}
