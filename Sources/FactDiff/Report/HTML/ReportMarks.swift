import LibXML

/// What the report marks in each sentence and which conflicts a sentence
/// takes part in, worked out once for every section that shows sentences.
struct ReportMarks {
    private var marks: [SentenceRef: [(range: Range<Int>, title: String, label: String)]] = [:]
    private(set) var conflicts: [SentenceRef: [Conflict]] = [:]

    init(_ analysis: StoryAnalysis) {
        for conflict in analysis.conflicts {
            for claim in conflict.claims {
                marks[claim.sentence, default: []].append(
                    (claim.evidence, "\(conflict.kind): \(claim.value)", conflict.kind.rawValue))
                conflicts[claim.sentence, default: []].append(conflict)
            }
        }
    }

    /// The sentence's text with its evidence in `<mark>`, each followed by
    /// its kind as text, so colour is never the only signal.
    func marked(_ sentence: Sentence) -> [HTMLNode] {
        H.marked(sentence.text, marks[sentence.ref] ?? [])
    }
}
