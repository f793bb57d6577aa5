import Testing

@testable import FactDiff

@Suite struct CompareTests {
    @Test func differentWeekdaysForOneEventConflict() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."))
        let conflict = try #require(analysis.conflicts.first)
        #expect(analysis.conflicts.count == 1)
        #expect(conflict.kind == .date)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday"])
        #expect(conflict.claims.map(\.value) == ["weekday:5", "weekday:6"])
        #expect(conflict.message.hasPrefix("a says Friday, b says Saturday"))
    }

    @Test func sameDayInAnyFormAgrees() throws {
        // Published Tuesday 6 June 2023: Monday is 5 June.
        let analysis = analyze(
            try makeArticle(id: "a", published: "2023-06-06", "Vision Pro arrives", "", "Apple unveiled its headset on Monday at a developer conference."),
            try makeArticle(id: "b", "A look at WWDC", "", "Apple unveiled its headset on June 5 at a developer conference."),
            try makeArticle(id: "c", "Mixed reality bet", "", "Apple unveiled its headset on 5 June 2023 at a developer conference."))
        #expect(analysis.alignments.map(\.sentences.count) == [3])
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func weekdayOneDayOffADateIsAWarning() throws {
        // 23 August 2023 was a Wednesday.
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", "The spacecraft landed near the lunar south pole on Thursday."),
            try makeArticle(id: "b", "Headline", "", "The spacecraft landed near the lunar south pole on 23 August 2023."))
        #expect(analysis.conflicts.map(\.severity) == [.warning])
    }

    @Test func datesOfDifferentEventsAreNotCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", "Russia's Luna-25 probe spun out of control and crashed on Saturday."),
            try makeArticle(id: "b", "Headline", "", "Moscow announced on Sunday that its Luna-25 probe had crashed out of control."))
        #expect(!analysis.alignments.isEmpty)
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func calendarDatesCompareOnTheFieldsBothGive() {
        func disagree(_ x: DateMention, _ y: DateMention) -> Severity? {
            DateConflictRule.disagreement(x, y, publishedFirst: nil, publishedSecond: nil)
        }
        #expect(disagree(DateMention(month: 4), DateMention(year: 2019, month: 4, day: 16)) == nil)
        #expect(disagree(DateMention(month: 4), DateMention(month: 5)) == .error)
        #expect(disagree(DateMention(year: 2016), DateMention(year: 2016, month: 11)) == nil)
        #expect(disagree(DateMention(weekday: 5), DateMention(weekday: 5)) == nil)
        // A weekday against a date without any year cannot be checked.
        #expect(disagree(DateMention(weekday: 5), DateMention(month: 7, day: 7)) == nil)
    }

    @Test func fingerprintIgnoresUnrelatedTextAndLineMoves() throws {
        let a = try makeArticle(id: "a", "Leaders meet", "", "The leaders held face-to-face talks on Friday.")
        let b = try makeArticle(id: "b", "Summit", "", "The leaders held face-to-face talks on Saturday.")
        let moved = try makeArticle(
            id: "a", "A new headline", "", "An unrelated opening paragraph about markets.", "",
            "The leaders held face-to-face talks on Friday.")
        let before = try #require(analyze(a, b).conflicts.first)
        let after = try #require(analyze(moved, b).conflicts.first)
        #expect(before.fingerprint == after.fingerprint)
        #expect(before.fingerprint.count == 16)
        let other = try makeArticle(id: "b", "Summit", "", "The leaders held face-to-face talks on Sunday.")
        #expect(try #require(analyze(a, other).conflicts.first).fingerprint != before.fingerprint)
    }

    @Test func seedsHaveExactlyTheFridaySaturdayConflict() throws {
        let story = try Story.read(paths: ["bbc", "independent"].map { Paths.package.appendingPathComponent("seeds/\($0).txt").path })
        let analysis = Analyzer().analyze(story)
        #expect(analysis.conflicts.count == 1)
        let conflict = try #require(analysis.conflicts.first)
        #expect(conflict.kind == .date)
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday"])
        let sentences = conflict.claims.map { analysis.sentence($0.sentence).text }
        #expect(sentences[0].contains("Vladimir Putin in Germany on Friday"))
        #expect(sentences[1].contains("held face-to-face talks for the first time on Saturday"))
        #expect(analysis.location(of: conflict.claims[0]) == SourceLocation(line: 6, column: 104))
    }
}

extension CompareTests {
    @Test func relativeDayAgainstAWeekdayUsesThePublicationDate() throws {
        // Published Friday 15 January 2016: yesterday is Thursday.
        let conflicting = analyze(
            try makeArticle(id: "a", published: "2016-01-15", "Verdicts", "", "Three men were convicted of the vault burglary yesterday, the court heard."),
            try makeArticle(id: "b", "Jury convicts", "", "Three men were convicted of the vault burglary on Wednesday, the court heard."))
        #expect(conflicting.conflicts.map(\.severity) == [.warning])
        #expect(conflicting.conflicts.first?.claims.map(\.evidenceText) == ["yesterday", "Wednesday"])
        let agreeing = analyze(
            try makeArticle(id: "a", published: "2016-01-15", "Verdicts", "", "Three men were convicted of the vault burglary yesterday, the court heard."),
            try makeArticle(id: "b", "Jury convicts", "", "Three men were convicted of the vault burglary on Thursday, the court heard."))
        #expect(agreeing.conflicts.isEmpty)
    }

    @Test func anAgreeingDatePairsBeforeAnotherDate() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Interview", "", "Ryan, in his first interview since being named Saturday as running mate, told Fox News on Tuesday he could win."),
            try makeArticle(id: "b", "Interview", "", "In an interview with Fox News on Tuesday, Ryan said he could win as running mate."))
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func threeSourcesNameTheOutlier() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."),
            try makeArticle(id: "c", "G20", "", "On Saturday the two leaders held face-to-face talks for the first time."))
        #expect(analysis.conflicts.count == 1)
        let conflict = try #require(analysis.conflicts.first)
        #expect(conflict.outlier == 0)
        #expect(conflict.claims.map(\.sentence.article) == [0, 1, 2])
        #expect(conflict.claims.map(\.evidenceText) == ["Friday", "Saturday", "Saturday"])
        #expect(conflict.message == "a says Friday; b and c say Saturday")
    }

    @Test func noOutlierWhenTheOthersDisagreeToo() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."),
            try makeArticle(id: "c", "G20", "", "On Sunday the two leaders held face-to-face talks for the first time."))
        #expect(analysis.conflicts.count == 3)
        #expect(analysis.conflicts.allSatisfy { $0.outlier == nil && $0.claims.count == 2 })
    }

    @Test func aDateOfAnotherOccurrenceIsNotCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Nobel", "", "The prize for medicine was awarded to two scientists yesterday in Stockholm."),
            try makeArticle(id: "b", "Laureates named", "", "The prize for medicine, first awarded in 1901, went to two scientists in Stockholm."))
        #expect(analysis.alignments.count == 1)
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func datesOfANearMissAreNotCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Leaders meet", "", "The two leaders held their first face-to-face talks in Germany on Friday."),
            try makeArticle(id: "b", "Summit", "", "The two leaders held face-to-face talks for the first time on Saturday."))
        let alignment = try #require(analysis.alignments.first)
        func side(_ ref: SentenceRef) -> AlignedPair.Side {
            let sentence = analysis.sentence(ref)
            return AlignedPair.Side(
                article: analysis.articles[ref.article], sentence: sentence,
                mentions: analysis.mentions[ref.article][ref.sentence], words: Word.split(sentence.text))
        }
        var pair = AlignedPair(first: side(alignment.sentences[0]), second: side(alignment.sentences[1]), score: alignment.score)
        #expect(DateConflictRule().conflicts(in: pair).count == 1)
        pair.aligned = false
        #expect(DateConflictRule().conflicts(in: pair).isEmpty)
    }

    /// Reports every near miss, to see what the pipeline does with one.
    private struct NearMissProbe: ConflictRule {
        let kind = ConflictKind(rawValue: "probe")
        func conflicts(in pair: AlignedPair) -> [Conflict] {
            guard !pair.aligned else { return [] }
            let claims = [pair.first, pair.second].map { side in
                Claim(sentence: side.sentence.ref, evidence: 0..<1, evidenceText: "x", value: "x")
            }
            return [Conflict(kind: kind, severity: .error, message: "probe", claims: claims, fingerprint: "\(claims)")]
        }
    }

    @Test func aConflictOnANearMissAlignsItsSentences() throws {
        let story = Story(id: "bridge", articles: [
            try makeArticle(id: "a", "Council counts the bill", "", "The final cost of the bridge stands at £2.1bn, according to the regional council."),
            try makeArticle(id: "b", "Estuary crossing opens", "", "The bridge cost £1.2 billion after years of rows over money between ministers and the city."),
        ])
        #expect(Analyzer().analyze(story).alignments.isEmpty)
        let analysis = Analyzer(detector: ConflictDetector(rules: [NearMissProbe()])).analyze(story)
        #expect(analysis.conflicts.count == 1)
        // Sentence 0 of each article is the headline.
        #expect(analysis.alignments.map(\.sentences) == [[SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 1)]])
        #expect(analysis.coverage.map(\.aligned) == [1, 1])
    }
}

@Suite struct PlaceConflictRuleTests {
    private func conflicts(_ a: String, _ b: String) throws -> [Conflict] {
        analyze(try makeArticle(id: "a", "Headline", "", a), try makeArticle(id: "b", "Headline", "", b))
            .conflicts.filter { $0.kind == .place }
    }

    @Test func twoCitiesForOneEventConflict() throws {
        let found = try conflicts(
            "The finance ministers of the bloc met for two days in Nairobi to agree the new budget.",
            "The finance ministers of the bloc met for two days in Lagos to agree the new budget.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.value) == ["place:KE:Nairobi", "place:NG:Lagos"])
        #expect(conflict.message.hasPrefix("a says Nairobi (Kenya), b says Lagos (Nigeria)"))
    }

    @Test func twoCourtsForOneTrialConflict() throws {
        let found = try conflicts(
            "A jury at Leeds Crown Court convicted Tom Baxter of fraud after a six-week trial.",
            "Tom Baxter was convicted of fraud after a six-week trial at Bradford Crown Court.")
        #expect(found.map { $0.claims.map(\.evidenceText) } == [["Leeds Crown Court", "Bradford Crown Court"]])
    }

    @Test(arguments: [
        // A city and its country, a city and its region, a district and its city.
        ("The finance ministers of the bloc met for two days in Nairobi to agree the new budget.",
         "The finance ministers of the bloc met for two days in Kenya to agree the new budget."),
        ("The storm flooded homes in Houston on the first night.",
         "The storm flooded homes in Texas on the first night."),
        ("The actor died at his home in Croydon, south London, aged 80.",
         "The actor died at his London home, aged 80."),
        // A venue and a country, a name the gazetteer does not know.
        ("The final was played at the Maracana Stadium before 70,000 fans.",
         "The final was played in Brazil before 70,000 fans."),
        ("The rally was held near the Brandenburg Gate in central Berlin.",
         "The rally was held near the Brandenburg Gate in Mitte."),
        // Two venues of different kinds.
        ("The minister was taken to St Luke's hospital after the crash near Leeds station.",
         "The minister was taken to hospital after the crash near the Royal Armouries."),
    ])
    func placesThatAgree(a: String, b: String) throws {
        #expect(try conflicts(a, b).isEmpty)
    }

    @Test func anAmbiguousNameIsAWarning() {
        let gazetteer = Gazetteer.bundled
        // Jackson, Mississippi is not ten times bigger than Jackson, Tennessee.
        let jackson = PlaceMention(reference: .places(gazetteer.resolve("Jackson")), written: "Jackson")
        #expect(jackson.isAmbiguous)
        let nairobi = PlaceMention(reference: .places(gazetteer.resolve("Nairobi")), written: "Nairobi")
        #expect(!nairobi.isAmbiguous)
        #expect(nairobi.isCompatible(with: jackson) == false)
    }

    @Test func gazetteerContainment() throws {
        let g = Gazetteer.bundled
        let hamburg = try #require(g.resolve("Hamburg").first { $0.kind == .city })
        let germany = try #require(g.resolve("Germany").first)
        let johannesburg = try #require(g.resolve("Johannesburg").first)
        let bengaluru = try #require(g.resolve("Bangalore").first)
        #expect(hamburg.isCompatible(with: germany))
        #expect(!johannesburg.isCompatible(with: bengaluru))
        #expect(bengaluru.name == "Bengaluru")
    }
}
