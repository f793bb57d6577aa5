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

    /// Two sentences as the aligner sees them, through one term table.
    private func vectors(_ first: String, _ second: String) -> (TermVector, TermVector, [[Int32]]) {
        var table = TermTable()
        let x = table.tokens(of: first)
        let y = table.tokens(of: second)
        return (table.vector(x, position: 0)!, table.vector(y, position: 0)!, table.groups)
    }

    private func ref(_ article: Int, _ sentence: Int) -> SentenceRef {
        SentenceRef(article: article, sentence: sentence)
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
        #expect(alignments.map(\.sentences) == [[ref(0, 0), ref(1, 1)], [ref(0, 1), ref(1, 2)]])
        for alignment in alignments {
            #expect((0...1).contains(alignment.score))
            #expect(alignment.score >= SentenceAligner().threshold)
        }
    }

    @Test func nearMissesAreKeptOutsideTheGroups() {
        // Two wordings of one fact that share too few words to align.
        let story = sentences([
            ["The final cost of the bridge stands at £2.1bn, according to the regional council."],
            ["The bridge cost £1.2 billion after years of rows over money between ministers and the city."],
        ])
        let aligner = SentenceAligner()
        let (groups, _, nearMisses) = aligner.alignment(story)
        #expect(groups.isEmpty)
        #expect(nearMisses.map(\.sentences) == [[ref(0, 0), ref(1, 0)]])
        for nearMiss in nearMisses {
            #expect(nearMiss.score >= aligner.nearMissFloor && nearMiss.score < aligner.threshold)
        }
    }

    @Test func sentencesOfSeveralFactsAlignOncePerFact() {
        // The second sentence of each article is told with a fact of the
        // other's first sentence: the launch and the price.
        let story = sentences([
            [
                "Apple unveiled its Vision Pro headset on Monday at the developer conference in Cupertino.",
                "The headset will cost $3,499 when it goes on sale next year, the company told the conference in Cupertino.",
            ],
            [
                "Apple revealed the Vision Pro headset, which goes on sale next year at a price of about $3,500.",
                "The device was shown at the opening of the developer conference in Cupertino on Monday.",
            ],
        ])
        let mentions = story.map { MentionExtraction.mentions(in: $0, context: ExtractionContext()) }
        let (groups, otherFacts, nearMisses) = SentenceAligner().alignment(story, mentions: mentions)
        let grouped = groups.map(\.sentences)
        #expect(grouped.contains([ref(0, 0), ref(1, 0)]))
        // The price: its own alignment, not merged into the launch's group.
        #expect(otherFacts.map(\.sentences).contains([ref(0, 1), ref(1, 0)]))
        #expect(otherFacts.allSatisfy { $0.otherFact } && !groups.contains { $0.otherFact })
        #expect(!grouped.contains { $0.contains(ref(0, 1)) && $0.contains(ref(1, 0)) })
        for pair in otherFacts { #expect(pair.score >= SentenceAligner.otherFactThreshold) }
        // Still a near miss for the conflict rules, which ask more of it.
        #expect(nearMisses.map(\.sentences).contains([ref(0, 1), ref(1, 0)]))
    }

    @Test func aSentenceAddingNothingToItsPartnersMatchGetsNoSecondPair() {
        // The second sentence of the first article says again what the
        // first one said: the other article's sentence, paired with the
        // first, has no part left for another pair.
        let story = sentences([
            [
                "Apple unveiled its Vision Pro headset on Monday at the developer conference in Cupertino.",
                "On Monday Apple unveiled the Vision Pro headset at its conference in Cupertino.",
            ],
            ["Apple revealed the Vision Pro headset on Monday at the developer conference in Cupertino."],
        ])
        #expect(SentenceAligner().alignment(story).otherFacts.isEmpty)
    }

    @Test func alignedPairsAreNoNearMisses() {
        let story = sentences([
            ["The railway cost £18.9bn after years of delays."],
            ["After years of delays, the railway has cost £18.9bn."],
        ])
        let (groups, _, nearMisses) = SentenceAligner().alignment(story)
        #expect(groups.count == 1)
        #expect(nearMisses.isEmpty)
    }

    @Test func storyWithNoSharedFactAlignsNothing() {
        let story = sentences([
            ["The central bank raised interest rates by half a point.", "Markets closed higher in Tokyo."],
            ["A storm closed schools across the northern coast.", "Farmers fear for the harvest."],
        ])
        #expect(SentenceAligner().align(story).isEmpty)
    }

    @Test func reorderedStoryAlignsEveryFact() {
        let facts = [
            "The ferry sank off the coast of Sicily with 200 passengers aboard.",
            "Coastguards rescued 150 people from the water overnight.",
            "The captain was arrested in Palermo on Tuesday.",
            "Prosecutors opened an inquiry into overcrowding on the route.",
        ]
        let story = sentences([facts, facts.reversed()])
        let groups = SentenceAligner().align(story).map(\.sentences)
        #expect(groups.count == 4)
        for i in facts.indices {
            #expect(groups.contains([ref(0, i), ref(1, facts.count - 1 - i)]))
        }
    }

    /// One long sentence told by another outlet in two short ones.
    @Test func oneSentenceMayMatchTwoShorterOnes() {
        let story = sentences([
            [
                "The storm killed 12 people in Manila and cut power to 400,000 homes across Luzon island.",
                "Schools will reopen on Monday.",
            ],
            [
                "The storm killed 12 people in Manila.",
                "Power was cut to 400,000 homes across Luzon island.",
                "Officials thanked volunteers.",
            ],
        ])
        let groups = SentenceAligner().align(story).map(\.sentences)
        #expect(groups.contains([ref(0, 0), ref(1, 0), ref(1, 1)]) || (groups.contains([ref(0, 0), ref(1, 0)]) && groups.contains([ref(0, 0), ref(1, 1)])))
        #expect(!groups.joined().contains(ref(1, 2)))
    }

    @Test func threeOutletsReportingOneFactFormOneGroup() {
        let story = sentences([
            ["The fire started in the warehouse at dawn.", "Firefighters battled the blaze for six hours."],
            ["For six hours, firefighters battled the blaze.", "Unrelated words about football scores today."],
            ["Council officials praised volunteers.", "Firefighters fought the warehouse blaze for six hours."],
        ])
        let groups = SentenceAligner().align(story).map(\.sentences)
        #expect(groups.contains([ref(0, 1), ref(1, 0), ref(2, 1)]))
        #expect(!groups.joined().contains(ref(1, 1)))
        #expect(!groups.joined().contains(ref(2, 0)))
    }

    @Test func aDayWithoutAYearMeetsTheDayPublicationResolves() throws {
        // Published on Tuesday 6 June 2023, "on Monday" is 5 June.
        let published = try #require(CivilDate(year: 2023, month: 6, day: 6))
        func anchors(_ text: String, published: CivilDate? = nil) -> FactAnchors {
            FactAnchors(MentionExtraction.mentions(in: sentences([[text]])[0], context: ExtractionContext(published: published)))
        }
        let monday = anchors("Apple on Monday unveiled its headset.", published: published)
        #expect(monday.partners(in: anchors("The device was shown off on June 5.")).anyFigure == [0: [0]])
        #expect(monday.partners(in: anchors("The device was shown off on 5 June 2023.")).anyFigure == [0: [0]])
        // A day ties the sentences, but is no amount.
        #expect(monday.partners(in: anchors("The device was shown off on June 5.")).sameAmount.isEmpty)
        let price = anchors("It will cost $3,499.")
        #expect(price.partners(in: anchors("Buyers will pay about $3,500.")).sameAmount == [0: [0]])
        // Another day, or the same day of another year, ties nothing; nor
        // does a weekday no publication date resolves.
        #expect(monday.partners(in: anchors("The device was shown off on June 6.")).anyFigure.isEmpty)
        #expect(monday.partners(in: anchors("The device was shown off on 5 June 2021.")).anyFigure.isEmpty)
        #expect(anchors("Apple on Monday unveiled its headset.").partners(in: anchors("It was shown off on June 5.")).anyFigure.isEmpty)
    }

    @Test func anAgreeingFigureAlignsWordingsThatShareLittle() {
        let story = sentences([
            ["The headset will cost $3,499 when it reaches American shops.", "Reviewers praised its displays."],
            ["Buyers will pay about $3,500 for it next year.", "The company's shares fell."],
        ])
        let mentions = story.map { MentionExtraction.mentions(in: $0, context: ExtractionContext()) }
        let plain = SentenceAligner().alignment(story).groups
        let anchored = SentenceAligner().alignment(story, mentions: mentions).groups
        #expect(!plain.contains { $0.sentences == [ref(0, 0), ref(1, 0)] })
        let pair = try? #require(anchored.first { $0.sentences == [ref(0, 0), ref(1, 0)] })
        #expect(pair.map { $0.score >= 0.2 && $0.score <= 1 } == true)
        // A different figure ties nothing.
        let other = sentences([["The headset will cost $3,499 when it reaches American shops."], ["Buyers will pay $1,200 for it next year."]])
        let otherMentions = other.map { MentionExtraction.mentions(in: $0, context: ExtractionContext()) }
        #expect(SentenceAligner().alignment(other, mentions: otherMentions).groups.isEmpty)
    }

    /// A long sentence tells two facts another outlet gives apart; the
    /// sentence with the time shares no word with it, only the time.
    @Test func aSentenceWithTheSameClockTimeJoinsItsPreferredPartner() {
        let story = sentences([
            [
                "At least 30 people were killed when a commuter train ran past a red signal outside Paddington yesterday morning.",
                "The collision came at 8.08am.",
            ],
            ["The crash happened at eight minutes past eight, when a commuter train ran past a red signal outside Paddington."],
        ])
        let mentions = story.map { MentionExtraction.mentions(in: $0, context: ExtractionContext()) }
        let groups = SentenceAligner().alignment(story, mentions: mentions).groups
        #expect(groups.map(\.sentences) == [[ref(0, 0), ref(0, 1), ref(1, 0)]])
        // Another time does not join it.
        var later = story
        later[0][1] = Sentence(ref: ref(0, 1), text: "The collision came at 9.40am.", role: .body, paragraph: 1, range: 0..<29)
        let laterMentions = later.map { MentionExtraction.mentions(in: $0, context: ExtractionContext()) }
        #expect(SentenceAligner().alignment(later, mentions: laterMentions).groups.map(\.sentences) == [[ref(0, 0), ref(1, 0)]])
    }

    @Test func stemsAndRelatedWordsMatch() {
        let aligner = SentenceAligner()
        let scores = aligner.similarities([
            ("Three climbers were killed in the avalanche near base camp.", "Three climbers died in the avalanche near base camp."),
            ("Three climbers were killed in the avalanche near base camp.", "Three climbers slept in the avalanche near base camp."),
            ("The ministers talked for hours.", "The minister talks lasted for hours."),
            ("The ministers talked for hours.", "The minister walks lasted for hours."),
        ])
        #expect(scores[0] > scores[1])
        #expect(scores[2] > scores[3])
    }

    @Test func repeatedSentencesTakeNoPart() {
        var story = sentences([["Leaders held talks on Saturday."], ["Leaders held talks on Saturday.", "Leaders held talks on Saturday."]])
        story[1][1].repeatOf = 0
        let alignments = SentenceAligner().align(story)
        #expect(alignments.map(\.sentences) == [[ref(0, 0), ref(1, 0)]])
    }

    @Test func similarityIsSymmetricAndBounded() {
        let aligner = SentenceAligner()
        let a = "Trump and Putin held face-to-face talks for the first time."
        let b = "Trump's first face-to-face talks with Putin were in Germany."
        let scores = aligner.similarities([(a, b), (b, a), (a, a), (a, "Nothing in common here.")])
        #expect(scores[0] == scores[1])
        #expect(scores[2] > 0.9)
        // Calibrated on MSRP, whose pairs were chosen as likely paraphrases: an
        // unrelated pair still gets a few percent, and in a story it is never
        // scored, as it shares no two content words.
        #expect(scores[3] < 0.1)
        #expect(scores[3] < scores[0] / 2)
        let (x, y, groups) = vectors(a, "Nothing in common here.")
        #expect(!SentenceAligner.sharesEnough(x, y, groups: groups))
        let (p, q, related) = vectors("Three climbers were killed in the avalanche.", "An avalanche left three climbers dead.")
        #expect(SentenceAligner.sharesEnough(p, q, groups: related))
        #expect(scores.allSatisfy { (0...1).contains($0) })
    }

    @Test func lexiconGroupsComeFromTheBundledResource() {
        let lexicon = Lexicon.english
        #expect(!lexicon.isEmpty)
        let kill = Set(lexicon.groups(of: "kill"))
        #expect(!kill.isDisjoint(with: lexicon.groups(of: "die")))
        #expect(kill.isDisjoint(with: lexicon.groups(of: "walk")))
    }

    @Test func lexiconParsesGroupsAndSkipsComments() {
        let lexicon = Lexicon(text: "# header\nabc def\ndef ghi\n")
        #expect(lexicon.groups(of: "abc") == [0])
        #expect(lexicon.groups(of: "def") == [0, 1])
        #expect(lexicon.groups(of: "xyz").isEmpty)
    }

    /// The aligner's tokens from words already split are those it makes
    /// from the text: ids, kinds and document frequencies.
    @Test func tokensFromSplitWordsAreTokensFromText() {
        let texts = [
            "Russia's President Vladimir Putin met Trump on Friday.", "The £18.9bn line's 1,200 workers—and 3.5% more",
            "Zürich and São Paulo's mayors didn't agree", "", "\u{C9}cole ÉCOLE école", "the the THE",
        ]
        var fromText = TermTable()
        var fromWords = TermTable()
        for text in texts {
            let expected = fromText.tokens(of: text)
            let tokens = fromWords.tokens(of: Word.split(text))
            #expect(tokens.map(\.id) == expected.map(\.id), "\(text)")
            #expect(tokens.map(\.kind) == expected.map(\.kind), "\(text)")
        }
        #expect(fromWords.documentFrequency == fromText.documentFrequency)
        #expect(fromWords.documents == fromText.documents)
    }

    /// Articles counted by tables of their own and merged give the terms
    /// one table fed every sentence in order gives: ids, frequencies,
    /// function words and groups, and so the same vectors. "wills" comes
    /// first, so its stem is a content term even in the article that only
    /// has the stop word "will".
    @Test func mergedCountsAreOneTablesCounts() {
        let articles = [
            ["The wills were read on Friday.", "Putin met Trump in Hamburg."],
            ["She will meet Putin.", "", "Trump and Putin met on Friday."],
            ["Hamburg hosted the summit.", "The the THE"],
        ]
        var whole = TermTable()
        let wholeTokens = articles.map { $0.map { whole.tokens(of: $0) } }
        var parts: [TermTable.Counts] = []
        var partTokens: [[[(id: Int32, kind: TermKind)]]] = []
        for article in articles {
            var table = TermTable()
            partTokens.append(article.map { table.tokens(of: $0) })
            parts.append(table.counts)
        }
        let (merged, ids) = TermTable.Counts.merged(parts)
        #expect(merged.documentFrequency == whole.documentFrequency)
        #expect(merged.documents == whole.documents)
        #expect(merged.groups == whole.groups)
        #expect(merged.isFunctionWord == whole.counts.isFunctionWord)
        for (a, article) in partTokens.enumerated() {
            for (s, tokens) in article.enumerated() {
                let remapped = tokens.map { (id: ids[a][Int($0.id)], kind: $0.kind) }
                #expect(remapped.map(\.id) == wholeTokens[a][s].map(\.id))
                let x = merged.vector(remapped, position: 0)
                let y = whole.vector(wholeTokens[a][s], position: 0)
                #expect(x?.terms == y?.terms)
                #expect(x?.kinds == y?.kinds)
                #expect(x?.weights == y?.weights)
            }
        }
        // "will" in the second article is not a function word.
        let will = partTokens[1][0][1]
        #expect(!merged.isFunctionWord[Int(ids[1][Int(will.id)])])
        #expect(parts[1].isFunctionWord[Int(will.id)])
    }

    /// Shares are runs of neighbouring articles that cover every article
    /// once, in order, one share per core at most and none empty.
    @Test(arguments: [[3, 3, 3, 3], [10, 1, 1, 1], [1], [], [5, 0, 5], [2, 2, 2, 2, 2, 2, 2]])
    func articleSharesCoverEveryArticleInOrder(_ lengths: [Int]) {
        let story = sentences(lengths.map { n in (0..<n).map { "Sentence \($0) of the story." } })
        for cores in 1...4 {
            let shares = SentenceAligner.shares(story, count: cores)
            #expect((1...max(1, min(cores, story.count))).contains(shares.count))
            #expect(shares.first?.lowerBound == 0)
            #expect(shares.last?.upperBound == story.count)
            #expect(zip(shares, shares.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(story.isEmpty || shares.allSatisfy { !$0.isEmpty })
        }
    }

    @Test func articleSharesHoldAboutAsManySentencesEach() {
        let story = sentences([[3, 3, 3, 3], [6, 1, 1, 4]].flatMap { $0 }.map { n in (0..<n).map { "Sentence \($0)." } })
        #expect(SentenceAligner.shares(Array(story[0..<4]), count: 2) == [0..<2, 2..<4])
        #expect(SentenceAligner.shares(Array(story[4..<8]), count: 2) == [0..<1, 1..<4])
    }

    @Test func lexiconNumbersEveryLineThatIsNotEmptyOrAComment() {
        // A line of spaces still takes a number; an empty line and a comment
        // do not; the last line needs no newline; runs of spaces split once.
        let lexicon = Lexicon(text: "a b\n\n   \nc  d\n#c\ne b")
        #expect(lexicon.groups(of: "a") == [0])
        #expect(lexicon.groups(of: "b") == [0, 3])
        #expect(lexicon.groups(of: "c") == [2])
        #expect(lexicon.groups(of: "d") == [2])
        #expect(lexicon.groups(of: "e") == [3])
        #expect(lexicon.groups(of: "#c").isEmpty)
        #expect(lexicon.groups(of: "").isEmpty)
    }

    @Test func coverageListsWhatOnlyOneSourceReports() {
        var story = sentences([
            ["The railway cost £18.9bn after years of delays.", "The Queen visited the station last week.", "The Queen visited the station last week."],
            ["After years of delays, the railway has cost £18.9bn.", "Passengers praised the air-conditioned carriages."],
        ])
        story[0][2].repeatOf = 1
        let coverage = Coverage.of(story, alignments: SentenceAligner().align(story))
        #expect(coverage.map(\.sentences) == [2, 2])
        #expect(coverage.map(\.aligned) == [1, 1])
        #expect(coverage.map(\.unique) == [[ref(0, 1)], [ref(1, 1)]])
        #expect(coverage[0].share == 0.5)
    }
}
