import LibXML

/// The alignment table, as CollateX and Juxta draw one: a row per fact, a
/// column per source. A row with a conflict says so in words and links to its
/// card; a sentence no other source reports has a row of its own, marked
/// "only in"; every sentence links to its place in the full text.
enum HTMLAlignmentTable {
    static func section(_ analysis: StoryAnalysis, _ marks: ReportMarks) -> HTMLNode {
        let layout = SideBySide(
            articleCount: analysis.articles.count, sentenceCounts: analysis.sentences.map(\.count),
            alignments: analysis.alignments)
        var scoreOf: [SentenceRef: Double] = [:]
        for alignment in analysis.facts {
            for ref in alignment.sentences { scoreOf[ref] = max(scoreOf[ref] ?? 0, alignment.score) }
        }
        let header = H.el("tr", [], [H.el("th", [("scope", "col")], text: "Fact")] + analysis.articles.map { article in
            H.el("th", [("scope", "col")], text: article.source.map { "\(article.id) (\($0))" } ?? article.id)
        })
        // A sentence that also shares another fact (``Alignment/otherFact``)
        // links to the row of the sentence it shares it with.
        var rowOf: [SentenceRef: Int] = [:]
        for (index, row) in layout.rows.enumerated() {
            for (article, sentences) in row.enumerated() {
                for sentence in sentences { rowOf[SentenceRef(article: article, sentence: sentence)] = index }
            }
        }
        var otherFactPartners: [SentenceRef: [SentenceRef]] = [:]
        for alignment in analysis.alignments where alignment.otherFact {
            for x in alignment.sentences {
                for y in alignment.sentences where y.article != x.article { otherFactPartners[x, default: []].append(y) }
            }
        }
        var factNumber = 0
        let rows = layout.rows.enumerated().map { index, row -> HTMLNode in
            let refs = row.enumerated().flatMap { article, sentences in
                sentences.map { SentenceRef(article: article, sentence: $0) }
            }
            let sources = row.filter { !$0.isEmpty }.count
            var conflicts: [Conflict] = []
            for ref in refs {
                for conflict in marks.conflicts[ref] ?? [] where !conflicts.contains(where: { $0.fingerprint == conflict.fingerprint }) {
                    conflicts.append(conflict)
                }
            }
            var heading: [HTMLNode]
            if sources > 1 {
                factNumber += 1
                let score = refs.compactMap { scoreOf[$0] }.max() ?? 0
                heading = [H.text("Fact \(factNumber)"), H.el("span", [("class", "score")], text: " score \(score)")]
            } else {
                let article = refs.first.map { analysis.articles[$0.article].id } ?? ""
                heading = [H.el("span", [("class", "only")], text: "only in \(article)")]
            }
            for conflict in conflicts {
                heading.append(H.el("br"))
                heading.append(H.el("a", [("href", "#\(HTMLReport.conflictID(conflict))"), ("class", "conflict-link")], text: "conflict: \(conflict.kind)"))
            }
            var classes = [sources > 1 ? "aligned" : "single"]
            if !conflicts.isEmpty { classes.append("has-conflict") }
            let cells = row.enumerated().map { article, sentences -> HTMLNode in
                H.el("td", [], sentences.map { index in
                    let ref = SentenceRef(article: article, sentence: index)
                    let sentence = analysis.sentence(ref)
                    var parts = marks.marked(sentence)
                    if sentence.repeatOf != nil { parts.append(H.el("span", [("class", "tag")], text: " (repeated)")) }
                    parts.append(H.text(" "))
                    parts.append(H.el("a", [("href", "#\(HTMLReport.textID(ref))"), ("class", "goto")], text: "in \(analysis.articles[article].id)'s text, sentence \(index + 1)"))
                    // Every sentence has a row; a partner in this one needs no link.
                    for partner in (otherFactPartners[ref] ?? []).sorted() where rowOf[partner] != index {
                        parts.append(H.text(" "))
                        parts.append(
                            H.el(
                                "a", [("href", "#\(HTMLReport.rowID(rowOf[partner]!))"), ("class", "goto also")],
                                text: "shares a fact with \(analysis.articles[partner.article].id)'s sentence \(partner.sentence + 1)"))
                    }
                    return H.el("p", [("class", "sentence \(sentence.role.rawValue)"), ("dir", "auto")], parts)
                })
            }
            return H.el("tr", [("id", HTMLReport.rowID(index)), ("class", classes.joined(separator: " "))],
                [H.el("th", [("scope", "row")], heading)] + cells)
        }
        return H.el("section", [("aria-labelledby", "alignment")], [
            H.el("h2", [("id", "alignment")], text: "Alignment"),
            H.el("p", [], text: "One row per fact and one column per source. A row of one sentence is a fact only that source reports."),
            H.el("div", [("class", "scroll")], [
                H.el("table", [("class", "alignment")], [
                    H.el("caption", [], text: "Sentences that report the same fact, side by side"),
                    H.el("thead", [], [header]),
                    H.el("tbody", [], rows),
                ]),
            ]),
        ])
    }
}
