import Testing

@testable import FactDiff

@Suite struct AlignTests {
    private func sentences(_ articles: [[String]]) -> [[Sentence]] {
        articles.enumerated().map { a, texts in
            texts.enumerated().map { s, text in
                Sentence(ref: SentenceRef(article: a, sentence: s), text: text, role: .body, paragraph: s, range: 0..<text.utf8.count)
            }
        }
    }

    @Test func alignsSentencesThatReportTheSameFact() {
        let story = sentences([
            [
                "The railway cost £18.9bn after years of delays.",
                "Trains run every five minutes from Paddington.",
                "The Queen visited the station last week.",
            ],
            [
                "Passengers praised the air-conditioned carriages.",
                "After years of delays, the railway has cost £18.9bn.",
                "Services from Paddington run every five minutes.",
            ],
        ])
        let alignments = SentenceAligner().align(story)
        let pairs = alignments.map { $0.sentences.map(\.sentence) }
        #expect(pairs == [[0, 1], [1, 2]])
        for alignment in alignments {
            #expect((0...1).contains(alignment.score))
            #expect(alignment.score > SentenceAligner().threshold)
        }
    }

    @Test func storyWithNoSharedFactAlignsNothing() {
        let story = sentences([
            ["The central bank raised interest rates by half a point."],
            ["A storm closed schools across the northern coast."],
        ])
        #expect(SentenceAligner().align(story).isEmpty)
    }

    @Test func eachSentenceKeepsAtMostOnePartnerPerArticle() {
        let story = sentences([
            ["Leaders met in Hamburg for talks on trade."],
            ["Leaders met in Hamburg for talks on trade.", "Leaders met in Hamburg for trade talks, aides said."],
        ])
        let alignments = SentenceAligner().align(story)
        #expect(alignments.count == 1)
        #expect(alignments[0].sentences == [SentenceRef(article: 0, sentence: 0), SentenceRef(article: 1, sentence: 0)])
        #expect(alignments[0].score == 1)
    }

    @Test func alignsAcrossThreeArticlesWhateverTheOrder() {
        let story = sentences([
            ["The fire started in the warehouse at dawn.", "Firefighters battled the blaze for six hours."],
            ["For six hours, firefighters battled the blaze.", "Unrelated words about football scores today."],
            ["Council officials praised volunteers.", "At dawn, the fire started in a warehouse."],
        ])
        let pairs = Set(SentenceAligner().align(story).map { $0.sentences })
        #expect(pairs.contains([SentenceRef(article: 0, sentence: 0), SentenceRef(article: 2, sentence: 1)]))
        #expect(pairs.contains([SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 0)]))
        #expect(!pairs.contains { $0.contains(SentenceRef(article: 1, sentence: 1)) })
    }

    @Test func repeatedSentencesTakeNoPart() {
        var story = sentences([["Leaders held talks on Saturday."], ["Leaders held talks on Saturday.", "Leaders held talks on Saturday."]])
        story[1][1].repeatOf = 0
        let alignments = SentenceAligner().align(story)
        #expect(alignments.map(\.sentences) == [[SentenceRef(article: 0, sentence: 0), SentenceRef(article: 1, sentence: 0)]])
    }

    @Test func similarityIsSymmetricAndBounded() {
        let aligner = SentenceAligner()
        let a = "Trump and Putin held face-to-face talks for the first time."
        let b = "Trump's first face-to-face talks with Putin were in Germany."
        #expect(aligner.similarity(a, b) == aligner.similarity(b, a))
        #expect(aligner.similarity(a, a) == 1)
        #expect(aligner.similarity(a, "Nothing in common here.") == 0)
        #expect((0...1).contains(aligner.similarity(a, b)))
    }
}
