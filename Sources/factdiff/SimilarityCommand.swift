import ArgumentParser
import FactDiff
import Foundation

struct SimilarityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similarity",
        abstract: "Print the aligner's similarity for each pair of sentences in a file.",
        discussion: """
            FILE holds one pair a line, the two sentences separated by a tab. Each \
            score, from 0 to 1, is printed on its own line, in input order; a blank \
            input line gives a blank output line. Word weights (inverse document \
            frequency) come from all the sentences in the file, as they come from \
            all the sentences of a story when articles are compared.
            """
    )

    @Argument(help: "A file of tab-separated sentence pairs, one pair a line.")
    var file: String

    @Flag(help: "Print the model's input features instead of scores, with a header line (for training).")
    var features = false

    func run() throws {
        let lines: [(String, String)?]
        do {
            lines = try SentencePairReader.read(path: file)
        } catch {
            throw CommandFailure.input(error)
        }
        let pairs = lines.compactMap { $0 }
        let aligner = SentenceAligner()
        var out = ""
        if features {
            out += SentenceAligner.featureNames.joined(separator: "\t") + "\n"
            var rows = aligner.featureRows(pairs).makeIterator()
            for line in lines {
                guard line != nil, let row = rows.next() else {
                    out += "\n"
                    continue
                }
                let values = row ?? Array(repeating: 0, count: SentenceAligner.featureNames.count)
                out += values.map { String(format: "%.6f", $0) }.joined(separator: "\t") + "\n"
            }
        } else {
            var scores = aligner.similarities(pairs).makeIterator()
            for line in lines {
                guard line != nil, let score = scores.next() else {
                    out += "\n"
                    continue
                }
                out += String(format: "%.3f", score) + "\n"
            }
        }
        try Output.standardOutput(out)
    }
}
