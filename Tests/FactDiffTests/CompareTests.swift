import Foundation
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

    @Test(arguments: [
        // Two occurrences of a repeated event.
        ("The president and the speaker met on Sunday for the first time in weeks.",
         "Thursday's meeting was the second time in a week that the president and the speaker had met."),
        // A date opening its clause, tied by the word after the comma only.
        ("The governor on Wednesday urged state lawmakers to change the religious freedom bill.",
         "Earlier Thursday, the state legislature passed a new version of the religious freedom bill."),
        // Two different acts on one thing.
        ("Cowan joined the Patrick administration in 2009, officials said.",
         "Cowan left the Patrick administration last year, officials said."),
    ])
    func datesOfDifferentActsAreNotCompared(first: String, second: String) throws {
        let analysis = analyze(
            try makeArticle(id: "a", published: "2013-01-30", "Headline", "", first),
            try makeArticle(id: "b", published: "2013-01-30", "Headline", "", second))
        #expect(analysis.conflicts.filter { $0.kind == .date }.isEmpty)
    }

    @Test func oneActOnOneThingIsStillCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", published: "2013-01-30", "Headline", "", "Cowan left the Patrick administration in 2011, officials said."),
            try makeArticle(id: "b", published: "2013-01-30", "Headline", "", "Cowan quit the Patrick administration last year, officials said."))
        #expect(analysis.conflicts.map(\.kind) == [.date])
    }

    @Test func aFigureTheOtherArticleAlsoGivesIsAnotherQuantity() throws {
        let a = try makeArticle(id: "a", "Budget", "", "The plan includes $5 trillion of new spending over the decade.")
        let b = try makeArticle(
            id: "b", "Budget", "", "The plan includes $6 trillion of spending over the decade.",
            "", "Of that, $5 trillion is new money.")
        #expect(analyze(a, b).conflicts.filter { $0.kind == .number }.isEmpty)
        let c = try makeArticle(id: "c", "Budget", "", "The plan includes $6 trillion of spending over the decade.")
        #expect(analyze(a, c).conflicts.filter { $0.kind == .number }.count == 1)
    }

    @Test func aTitleCaseHeadlineIsNotCompared() throws {
        #expect(TitleCase.isTitleCase(Word.split("Obama Medicare Attack In 2008 Targeted McCain For Cutting $800 Billion From Program")))
        #expect(!TitleCase.isTitleCase(Word.split("Obama has cut $716 billion from Medicare, the ad says.")))
        #expect(!TitleCase.isTitleCase(Word.split("Argentina beat France on penalties in epic World Cup final")))
        let analysis = analyze(
            try makeArticle(id: "a", "Obama Attack In 2008 Targeted McCain For Cutting $800 Billion From Medicare", "", "The ad ran in Ohio."),
            try makeArticle(id: "b", "Ad war", "", "Obama has cut $716 billion from Medicare, the ad says."))
        #expect(analysis.conflicts.isEmpty)
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
        // The aligner alone does not pair them (the default rules now do,
        // through the one cost each article gives).
        #expect(Analyzer(detector: ConflictDetector(rules: [])).analyze(story).alignments.isEmpty)
        let analysis = Analyzer(detector: ConflictDetector(rules: [NearMissProbe()])).analyze(story)
        #expect(analysis.conflicts.count == 1)
        // Sentence 0 of each article is the headline.
        #expect(analysis.alignments.map(\.sentences) == [[SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 1)]])
        #expect(analysis.coverage.map(\.aligned) == [1, 1])
    }
}

@Suite struct PersonAndRoleConflictRuleTests {
    @Test func twoPeopleCreditedWithOneAct() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Cup final", "", "Tomas Lindqvist headed the winning goal in the final minute of extra time."),
            try makeArticle(id: "b", "Rovers lift cup", "", "Marek Novak scored the winning goal in the final minute, sparking a pitch invasion."))
        let conflict = try #require(analysis.conflicts.first { $0.kind == .person })
        #expect(conflict.claims.map(\.evidenceText) == ["Tomas Lindqvist", "Marek Novak"])
        #expect(conflict.message.hasPrefix("a says Tomas Lindqvist, b says Marek Novak"))
    }

    @Test func noPersonConflictWhenTheOtherSourceNamesHimToo() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Cup final", "", "Tomas Lindqvist headed the winning goal in the final minute of extra time."),
            try makeArticle(id: "b", "Rovers lift cup", "", "Marek Novak scored the winning goal in the final minute, sparking a pitch invasion.", "Tomas Lindqvist had equalised earlier."))
        #expect(!analysis.conflicts.contains { $0.kind == .person })
    }

    @Test func peopleOnlyMentionedNearTheActAreNotCredited() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Cup final", "", "The winning goal in the final minute came after a save from Tomas Lindqvist."),
            try makeArticle(id: "b", "Rovers lift cup", "", "The winning goal in the final minute followed a save by Marek Novak."))
        #expect(!analysis.conflicts.contains { $0.kind == .person })
    }

    @Test func twoPostsOfOneKindConflict() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Port", "", "Dana Whitfield, chief executive of the Port Authority, said the terminal would reopen on Monday."),
            try makeArticle(id: "b", "Port", "", "Dana Whitfield, who chairs the Port Authority, said the terminal would reopen on Monday."))
        let conflict = try #require(analysis.conflicts.first { $0.kind == .role })
        #expect(conflict.claims.map(\.evidenceText) == ["chief executive of the Port Authority", "chairs the Port Authority"])
    }

    @Test func twoClubsForOnePlayerConflict() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Shoot-out", "", "Leeds United goalkeeper Marta Kovac saved two penalties in the shoot-out."),
            try makeArticle(id: "b", "Shoot-out", "", "Celtic's Marta Kovac saved two penalties in the shoot-out."))
        #expect(analysis.conflicts.map(\.kind) == [.role])
    }

    @Test(arguments: [
        ("former chief executive of the Port Authority", "chair of the Port Authority"),
        ("senator for Ohio", "majority leader"),
        ("foreign secretary", "foreign minister"),
        ("founder of Brightwave", "chief executive of Brightwave"),
        ("professor of medicine", "chief executive"),
    ])
    func postsThatCanBothBeTrueAgree(_ first: String, _ second: String) throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Terminal tour", "", "Dana Whitfield, the \(first), visited the new terminal on Monday."),
            try makeArticle(id: "b", "Port news", "", "Dana Whitfield, the \(second), visited the new terminal on Monday."))
        #expect(analysis.alignments.count == 1)
        #expect(!analysis.conflicts.contains { $0.kind == .role })
    }
}

@Suite struct NumberConflictRuleTests {
    private func conflicts(_ a: String, _ b: String, published: String? = nil) throws -> [Conflict] {
        analyze(
            try makeArticle(id: "a", published: published, "Story", "", a),
            try makeArticle(id: "b", published: published, "Story", "", b)
        ).conflicts.filter { $0.kind == .number }
    }

    @Test(arguments: [
        ("The strike was called off after 212 workers voted to accept the pay offer.",
         "The strike was called off after 221 workers voted to accept the pay offer.", "212", "221"),
        ("The new stadium cost £1.2bn, the council said in its report.",
         "The new stadium cost £2.1bn, the council said in its report.", "£1.2bn", "£2.1bn"),
        ("The central bank expects inflation to hit 4.6% by the end of next year.",
         "The central bank expects inflation to hit 4.1% by the end of next year.", "4.6%", "4.1%"),
        ("The defendant, Alan Price, 58, was jailed for fraud at the crown court.",
         "The defendant, Alan Price, 56, was jailed for fraud at the crown court.", "58", "56"),
        ("United won the cup final 3-1 at Wembley in front of a full house.",
         "United won the cup final 3-2 at Wembley in front of a full house.", "3-1", "3-2"),
        ("The magnitude-6.2 earthquake struck the island before dawn on Friday.",
         "A magnitude-6.9 earthquake struck the island before dawn on Friday.", "magnitude-6.2", "magnitude-6.9"),
        ("The village lies about 120km east of the capital, near the border.",
         "The village lies about 30 miles east of the capital, near the border.", "about 120km", "about 30 miles"),
        ("The winner will receive a prize of 4m euros at the ceremony in Oslo.",
         "The winner will receive a prize of 5 million euros at the ceremony in Oslo.", "4m euros", "5 million euros"),
        ("Investors were offered $52 a share in the takeover of the chipmaker.",
         "Investors were offered $57 per share in the takeover of the chipmaker.", "$52 a share", "$57 per share"),
        ("The jury deliberated for about 6 hours before returning its verdict.",
         "The jury deliberated for roughly 9 hours before returning its verdict.", "about 6 hours", "roughly 9 hours"),
        // Round figures of one precision: no truncation between them.
        ("The two scientists will share the prize of 10 million kronor.",
         "The two scientists will share the prize of 11 million kronor.", "10 million kronor", "11 million kronor"),
        ("The couple paid $42 million in federal taxes over the period.",
         "The couple paid $43,885,310 in federal taxes over the period.", "$42 million", "$43,885,310"),
    ])
    func differentValuesOfOneQuantityConflict(a: String, b: String, first: String, second: String) throws {
        let found = try conflicts(a, b)
        #expect(found.count == 1)
        #expect(found.first?.claims.map(\.evidenceText) == [first, second])
    }

    @Test(arguments: [
        // Hedges and round figures cover the exact value.
        ("Nearly 500 homes were flooded when the river burst its banks.", "The river burst its banks and 488 homes were flooded."),
        ("At least 12 people were killed when the bus overturned on the pass.", "13 people were killed when the bus overturned on the pass."),
        ("More than 2,000 people were evacuated from the valley overnight.", "Officials evacuated 2,350 people from the valley overnight."),
        ("The headset will cost about $1,800 when it goes on sale.", "The headset will cost $1,799 when it goes on sale."),
        ("Some 14,800 soldiers are based in the country under the treaty.", "Almost 15,000 soldiers are based in the country under the treaty."),
        // One amount in two spellings, scales or units.
        ("The refit cost £7m, the museum said.", "The refit cost £7 million, the museum said."),
        ("The group paid $4.2bn for the chain of stores.", "The group paid US$4,200m for the chain of stores."),
        ("The town lies about 15 miles from the coast of the island.", "The town lies roughly 24km from the coast of the island."),
        ("The wall of the vault was 60cm thick, the court was told.", "The wall of the vault was almost 24 inches thick, the court was told."),
        ("The rover will explore the crater over the next fortnight, scientists said.", "The rover will explore the crater for about two weeks, scientists said."),
        ("The bank raised its rate by 0.25 percentage points on Thursday.", "The bank raised its rate by a quarter of a percentage point on Thursday."),
        ("The final ended 2-2 after extra time in the capital.", "The final ended two goals apiece after extra time in the capital."),
        ("The actor, who has died aged 79, won many awards.", "The 79-year-old actor won many awards, his family said."),
        ("The council has 12 Green councillors on its benches.", "The council has twelve Green councillors on its benches."),
        ("Lee kept the door shut for four minutes and 40 seconds, the inquiry heard.", "Lee kept the door shut for more than four minutes, the inquiry heard."),
        ("The second goal came 75 seconds later, stunning the crowd at the ground.", "Within two minutes the second goal came, stunning the crowd at the ground."),
        ("The charge carries a maximum of 14 years in prison, the judge said.", "The lesser charge carries a maximum of five years in prison, the judge said."),
        ("The couple paid $27 million in federal taxes over the period.", "The couple paid $27,310,455 in federal taxes over the period."),
        ("In the poll, Ortiz leads with 24 percent and Kim is at 19 percent.", "Kim is at 19 percent in the poll, with Ortiz leading at 24 percent."),
        // A precise figure cut down to its leading digits.
        ("The couple paid $43 million in federal taxes over the period.", "The couple paid $43,885,310 in federal taxes over the period."),
        // The same figure, hedged on one side only, beside another figure.
        ("The plan moves about $200 million from customs and another $600 million from the forfeiture fund.",
         "The plan moves about $600 million from the forfeiture fund."),
    ])
    func agreeingVariantsDoNotConflict(a: String, b: String) throws {
        #expect(try conflicts(a, b).isEmpty)
    }

    @Test(arguments: [
        // Different things counted or measured.
        ("Sixty people were injured in the blast at the chemical plant.", "Four people were seriously injured in the blast at the chemical plant."),
        ("The line has cost £9.1bn, against an original budget of £6.5bn.", "The line has cost £9.1 billion in all."),
        ("Five men were convicted over the warehouse robbery in the city.", "Two men who drove the van were convicted over the warehouse robbery in the city."),
        ("In the crash, 40 people were killed and 210 people were injured on the motorway.", "In the crash, 210 people were injured on the motorway."),
        ("The defendant, Marsh, 52, was sentenced alongside his partner.", "His partner, Tom Lyle, 49, was sentenced alongside him."),
        ("The opposition took 42.3% of the vote, with turnout at 61.2%.", "Abstention reached 38.8% as the opposition took 42.3% of the vote."),
        ("The deputy, 45, sat beside the accused, Mr Dale, 61.", "Mr Dale, 61, sat beside his deputy."),
        ("The bill passed by 96 votes after a long debate in the chamber.", "The chamber voted 311 to 215 to pass the bill after a long debate."),
        ("The fund will pay 81% of promised pensions from 2040, the trustees said.", "The fund faces a 19% cut in promised pensions from 2040, the trustees said."),
        ("The party has lost nearly 70 seats in the chamber over the decade.", "The party won just seven seats in the chamber at the election."),
        ("Deputy leader Jo Park kept the No. 2 post in the party.", "Deputy leader Jo Park kept the No. 3 post in the party."),
        // Who they are, by the common nouns, not the shared name word.
        ("Twenty-six Russian nationals have been charged with interfering in the election.",
         "Twelve Russian intelligence officers have been charged with interfering in the election."),
        // Years are dates.
        ("The 2019 season ended early for the club.", "The 2021 season ended early for the club."),
    ])
    func differentQuantitiesAreNotCompared(a: String, b: String) throws {
        #expect(try conflicts(a, b).isEmpty)
    }

    @Test func aBirthYearAgreesWithTheAgeAtPublication() throws {
        let agreeing = analyze(
            try makeArticle(id: "a", published: "2021-05-10", "Obituary", "", "The novelist Ruth Hale, 81, died at her home in the village."),
            try makeArticle(id: "b", published: "2021-05-10", "Obituary", "", "The novelist Ruth Hale, born in 1939, died at her home in the village."))
        #expect(agreeing.conflicts.isEmpty)
    }

    @Test func hedgedDisagreementIsAWarningAndTheMessageNamesBoth() throws {
        let found = try conflicts(
            "The firm said about 300 jobs would be cut at the plant next year.",
            "The firm said 420 jobs would be cut at the plant next year.")
        let conflict = try #require(found.first)
        #expect(conflict.severity == .warning)
        #expect(conflict.message.hasPrefix("a says about 300, b says 420"))
        #expect(conflict.claims.map(\.value) == ["count:300", "count:420"])
        let exact = try #require(try conflicts(
            "The firm said 300 jobs would be cut at the plant next year.",
            "The firm said 420 jobs would be cut at the plant next year.").first)
        #expect(exact.severity == .error)
    }

    @Test func numbersOfAnotherDatedEventAreNotCompared() throws {
        let found = try conflicts(
            "At least 30 people were killed yesterday when two trains collided near the station.",
            "A collision near the station in March 1988 killed nine people.", published: "2001-06-14")
        #expect(found.isEmpty)
    }
}

@Suite struct TimeConflictRuleTests {
    private func conflicts(_ first: String, _ second: String) throws -> [Conflict] {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", first),
            try makeArticle(id: "b", "Headline", "", second))
        #expect(!analysis.alignments.isEmpty, "not aligned: \(first) | \(second)")
        return analysis.conflicts.filter { $0.kind == .time }
    }

    @Test func differentMinutesForOneEventConflict() throws {
        let found = try conflicts(
            "The two ferries collided in the harbour at 4.17pm, the coastguard said.",
            "The two ferries collided in the harbour at 4.27pm, the coastguard said.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["4.17pm", "4.27pm"])
        #expect(conflict.message.hasPrefix("a says 16:17, b says 16:27"))
    }

    @Test func spokenClockAgainstDigitsConflicts() throws {
        let found = try conflicts(
            "The two ferries collided in the harbour at 4.17pm.",
            "The two ferries collided in the harbour at seven minutes past four in the afternoon.")
        #expect(found.map(\.claims).map { $0.map(\.evidenceText) } == [["4.17pm", "seven minutes past four"]])
    }

    @Test func hedgedTimesThatDoNotMeetAreAWarning() throws {
        let found = try conflicts(
            "The rebels stormed the palace shortly after 11am, witnesses said.",
            "The rebels stormed the palace just after 10am local time, witnesses said.")
        #expect(found.map(\.severity) == [.warning])
    }

    @Test(arguments: [
        ("The tanker exploded at 5.02am in the port.", "The tanker exploded shortly after 5am in the port."),
        ("The tanker exploded at 5.02am in the port.", "The tanker exploded at about 5am in the port."),
        ("The tanker exploded at 05:02 in the port.", "The tanker exploded just after two minutes past five in the port."),
        ("The tanker exploded at 21:10 IST in the port.", "The tanker exploded at 15:40 GMT in the port."),
        ("The tanker exploded at 21:10 India Standard Time in the port.", "The tanker exploded at 15:40 GMT in the port."),
        ("The tanker exploded at 3.30pm in the port.", "The tanker exploded in the afternoon in the port."),
        ("The tanker exploded at 5.02am on Monday morning in the port.", "The tanker exploded early on Monday morning in the port."),
        ("The tanker exploded at half past three in the port.", "The tanker exploded at 15:30 in the port."),
        ("The tanker exploded at noon in the port.", "The tanker exploded at 12pm in the port."),
        ("The tanker exploded at 10am in the port.", "The tanker exploded at 10.03am in the port."),
    ])
    func agreeingFormsAreNotFlagged(first: String, second: String) throws {
        #expect(try conflicts(first, second).isEmpty)
    }

    @Test func aStatedZoneAgainstLocalTimeIsNotCompared() throws {
        // Without an offset for "local time", five hours apart may be the zones.
        #expect(try conflicts(
            "The tremor struck the valley at 11.56am local time, seismologists said.",
            "The tremor struck the valley at 06:11 GMT, seismologists said.").isEmpty)
        #expect(try conflicts(
            "The tremor struck the valley at 11.56am, seismologists said.",
            "The tremor struck the valley at 06:11 GMT, seismologists said.").isEmpty)
    }

    @Test func aPlaceWithAFixedOffsetMakesLocalTimeComparable() throws {
        let agreeing = try conflicts(
            "The ship docked in Singapore just after 9am local time, port officials said.",
            "The ship docked in Singapore at about 01:00 GMT, port officials said.")
        #expect(agreeing.isEmpty)
        let disagreeing = try conflicts(
            "The ship docked in Singapore shortly after 10am, port officials said.",
            "The ship docked in Singapore at about 01:00 GMT, port officials said.")
        #expect(disagreeing.map(\.severity) == [.warning])
    }

    @Test func aTimetableIsNotTheTimeOfAnEvent() throws {
        #expect(try conflicts(
            "Trams on the new line run every ten minutes from 6.30am until 11pm.",
            "The first tram on the new line left the depot at 06:41.").isEmpty)
    }

    @Test func aPartOfTheDayInAnotherClauseIsNotPaired() throws {
        #expect(try conflicts(
            "The first blast at the depot came shortly after 6am, waking the town.",
            "The fire at the depot spread and by the afternoon the tanks were alight.").isEmpty)
    }

    @Test func clockTimeAgainstAnIncompatiblePartOfTheDayIsAWarning() throws {
        let found = try conflicts(
            "The minister resigned at 9.40pm after a day of talks.",
            "The minister resigned on Tuesday morning after a day of talks.")
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func partsOfDifferentDaysAreNotCompared() {
        let thursdayNight = TimeMention(partOfDay: .night, day: "thursday")
        #expect(TimeConflictRule.disagreement(thursdayNight, TimeMention(partOfDay: .afternoon, day: "friday")) == nil)
        #expect(TimeConflictRule.disagreement(thursdayNight, TimeMention(partOfDay: .afternoon, day: "thursday")) == .warning)
    }

    @Test func spansAndGaps() {
        #expect(TimeConflictRule.gap((1380, 1400), (10, 20)) == 50)
        #expect(TimeConflictRule.gap((0, 30), (1430, 1445)) == 0)
        let morning = TimeMention(partOfDay: .morning)
        let evening = TimeMention(partOfDay: .evening)
        #expect(TimeConflictRule.disagreement(morning, evening) == .warning)
        #expect(TimeConflictRule.disagreement(morning, TimeMention(partOfDay: .earlyHours)) == nil)
        #expect(TimeConflictRule.disagreement(TimeMention(minute: 390, eitherHalfOfDay: true), TimeMention(minute: 1110)) == nil)
    }
}

@Suite struct OrdinalConflictRuleTests {
    private func conflicts(_ first: String, _ second: String) throws -> [Conflict] {
        let analysis = analyze(
            try makeArticle(id: "a", "Headline", "", first),
            try makeArticle(id: "b", "Headline", "", second))
        #expect(!analysis.alignments.isEmpty, "not aligned: \(first) | \(second)")
        return analysis.conflicts.filter { $0.kind == .ordinal }
    }

    @Test func differentRanksOfOneCountConflict() throws {
        let found = try conflicts(
            "It is the second major fire at the refinery in three years, the union said.",
            "The union said it was the third serious fire at the refinery in three years.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.severity == .error)
        #expect(conflict.claims.map(\.evidenceText) == ["second", "third"])
        #expect(conflict.claims.map(\.value) == ["ordinal:2 fire", "ordinal:3 fire"])
        #expect(conflict.message == "a says 2nd major fire, b says 3rd serious fire")
    }

    @Test func relatedHeadsCountTheSameThing() throws {
        #expect(try conflicts(
            "Kenya became only the third country to host the championships in Africa.",
            "Kenya is only the fourth nation to host the championships in Africa.").count == 1)
        #expect(try conflicts(
            "The striker, 34, was playing his 19th Champions League match for the club.",
            "The striker, 34, made his 18th Champions League appearance for the club.").count == 1)
    }

    @Test(arguments: [
        ("The two leaders met for the first time on Friday in Vienna.", "The two leaders met in Vienna for the first time on Friday."),
        ("Kenya became the third country to host the championships.", "Kenya is the third nation to host the championships."),
        ("Kenya became the first country to host the championships on a mountain course.", "Kenya became the third country to host the championships."),
        ("The striker scored in the first half of the final at the stadium.", "The striker scored in the second half of the final at the stadium."),
        ("The striker scored his first goal for the club at the stadium.", "The striker made his third appearance for the club at the stadium."),
        ("The vote was the first major defeat since the election for the party.", "The vote was the second major defeat for the party."),
        ("The talks were the second White House meeting with the leaders this week.", "The talks were the first Cabinet meeting with the leaders this week."),
    ])
    func differentThingsOrQualifiedRecordsAreNotCompared(first: String, second: String) throws {
        #expect(try conflicts(first, second).isEmpty)
    }
}

@Suite struct PolarityConflictRuleTests {
    private func conflicts(_ a: String, _ b: String) throws -> [Conflict] {
        analyze(try makeArticle(id: "a", "Headline", "", a), try makeArticle(id: "b", "Headline", "", b))
            .conflicts.filter { $0.kind == .polarity }
    }

    @Test func aNegatedPredicateAgainstTheSameAffirmed() throws {
        let found = try conflicts(
            "The goalkeeper declined to appear before the disciplinary panel in Madrid.",
            "The goalkeeper, who appeared briefly before the disciplinary panel in Madrid, denied the charge.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.claims.map(\.evidenceText) == ["declined to appear", "appeared"])
        #expect(conflict.message == "a says goalkeeper declined to appear, b says goalkeeper appeared")
    }

    @Test func aPassiveAffirmationMeetsTheActiveNegation() throws {
        let found = try conflicts(
            "A fire alarm sounded at the depot overnight, but the council did not send inspectors.",
            "Inspectors were sent to the depot after a fire alarm sounded overnight.")
        #expect(found.map { $0.claims.map(\.evidenceText) } == [["did not send", "sent"]])
    }

    @Test func oppositeMovesOfOneSubject() throws {
        let found = try conflicts(
            "European bank shares rose after the rate decision, led by lenders in Italy.",
            "European bank shares closed lower after the rate decision, led by lenders in Italy.")
        #expect(found.map { $0.claims.map(\.evidenceText) } == [["rose", "closed lower"]])
    }

    @Test func differentTimesSubjectsAndModalitiesAgree() throws {
        // A day against an event: two moments.
        #expect(try conflicts(
            "Airline shares rose after the merger announcement in London.",
            "Airline shares tumbled on Friday in London as the merger announcement sank in.").isEmpty)
        // Different subjects.
        #expect(try conflicts(
            "Gold prices rose sharply on the news from the central bank.",
            "Oil prices fell sharply on the news from the central bank.").isEmpty)
        // A forecast is not a fact.
        #expect(try conflicts(
            "Analysts said copper prices could fall after the mine reopens in Chile.",
            "Copper prices rose after the mine reopened in Chile.").isEmpty)
        // A reported belief is not the outlet's statement.
        #expect(try conflicts(
            "Critics insisted the minister never signed the export licence for the rifles.",
            "The minister signed the export licence for the rifles in March.").isEmpty)
    }
}

@Suite struct QuoteConflictRuleTests {
    private func conflicts(_ a: String, _ b: String) throws -> [Conflict] {
        analyze(try makeArticle(id: "a", "Headline", "", a), try makeArticle(id: "b", "Headline", "", b))
            .conflicts.filter { $0.kind == .quote }
    }

    @Test func aSubstitutedWordInOneRemarkConflicts() throws {
        let found = try conflicts(
            "\"We are going to freeze the fuel duty for the rest of this parliament,\" the chancellor said.",
            "\"We are going to cut the fuel duty for the rest of this parliament,\" the chancellor said.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.claims.map(\.evidenceText) == ["freeze", "cut"])
        #expect(conflict.message == "a quotes \"freeze the fuel duty\", b \"cut the fuel duty\"")
        #expect(conflict.claims[0].value == "quote:we are going to freeze the fuel duty for the rest of this parliament")
    }

    @Test(arguments: [
        // Shortened.
        "The chancellor promised to \"freeze the fuel duty for the rest of this parliament\".",
        // British spelling, case and punctuation.
        "\"We are going to freeze the fuel duty, for the rest of this Parliament\", the chancellor said.",
        // A different statement by the same speaker.
        "\"Nobody should pay more at the pump than they need to,\" the chancellor said.",
    ])
    func agreeingVariants(_ other: String) throws {
        #expect(try conflicts(
            "\"We are going to freeze the fuel duty for the rest of this parliament,\" the chancellor said.", other).isEmpty)
    }

    @Test func spellingVariantsAgree() throws {
        #expect(try conflicts(
            "The treaty commits both sides to \"the complete normalisation of relations across the border\", the envoy said.",
            "The treaty commits both sides to \"the complete normalization of relations across the border\", the envoy said.").isEmpty)
    }

    @Test func anotherTenseOfOneVerbAgrees() throws {
        #expect(try conflicts(
            "\"Now according to the news reports he saying that he supports it in full,\" Mr Grey said.",
            "\"Now according to the news reports he said that he supports it in full,\" Mr Grey said.").isEmpty)
    }

    @Test func aNegationOneQuoteLacksConflicts() throws {
        let found = try conflicts(
            "\"The government will not raise the pension age before the election,\" Ms Okafor said.",
            "\"The government will raise the pension age before the election,\" Ms Okafor said.")
        #expect(found.count == 1)
    }

    @Test func theDiffSharesWordsInOrderAndKnowsItsBoundFirst() {
        let a = "we will be scaling back the war games we will".split(separator: " ").map(String.init)
        let b = "they said we will be stopping the war games".split(separator: " ").map(String.init)
        let overlap = QuoteDiff.Overlap(a, b)
        let diff = QuoteDiff(overlap)
        #expect(diff.shared == 6)
        #expect(diff.sharedWords == ["we", "will", "be", "the", "war", "games"])
        #expect(diff.gaps.map { [a[$0.first].joined(separator: " "), b[$0.second].joined(separator: " ")] } == [["scaling back", "stopping"]])
        // Every word of `a` but "scaling" and "back" is in `b`, and six of
        // `b`'s words are in `a`: no more than six can be shared in order.
        #expect(overlap.mostShared == 6)
        #expect(QuoteDiff(["a", "b", "c"], ["c", "b", "a"]).shared == 1)
        #expect(QuoteDiff.Overlap(["a", "b", "c"], ["c", "b", "a"]).mostShared == 3)
    }

    @Test func wordsBeyondASCIIMatchAsSwiftComparesThem() {
        // "café" precomposed and with a combining accent: other bytes, one word.
        let diff = QuoteDiff(["the", "caf\u{E9}", "is", "open"], ["the", "cafe\u{301}", "is", "open"])
        #expect(diff.shared == 4)
        #expect(diff.gaps.isEmpty)
    }
}

@Suite struct AttributionConflictRuleTests {
    private func conflicts(_ a: String, _ b: String) throws -> [Conflict] {
        analyze(try makeArticle(id: "a", "Reaction", "", a), try makeArticle(id: "b", "Response", "", b))
            .conflicts.filter { $0.kind == .attribution }
    }

    @Test func oneRemarkCreditedToTwoPeople() throws {
        let found = try conflicts(
            "\"We will rebuild every home the river took,\" Mayor Ilse Brandt said at the shelter.",
            "\"We will rebuild every home the river took,\" said Jonas Weber, the regional governor, at the shelter.")
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.claims.map(\.evidenceText) == ["Ilse Brandt", "Jonas Weber"])
    }

    @Test func theSamePersonByAnyNameAgrees() throws {
        #expect(try conflicts(
            "\"We will rebuild every home the river took,\" Mayor Ilse Brandt said at the shelter.",
            "\"We will rebuild every home the river took,\" Ms Brandt said at the shelter.").isEmpty)
    }

    @Test func theListenerIsNotTheSpeaker() throws {
        #expect(try conflicts(
            "\"We will rebuild every home the river took,\" Ilse Brandt told Jonas Weber at the shelter.",
            "\"We will rebuild every home the river took,\" Ilse Brandt said at the shelter.").isEmpty)
    }

    @Test func aStockPhraseIsNoRemark() throws {
        #expect(try conflicts(
            "\"Thank you all,\" Ilse Brandt said at the shelter.",
            "\"Thank you all,\" Jonas Weber said at the shelter.").isEmpty)
    }

    @Test func aJointStatementCreditsBoth() throws {
        #expect(try conflicts(
            "\"We will rebuild every home the river took,\" Ilse Brandt and Jonas Weber said in a joint statement.",
            "\"We will rebuild every home the river took,\" said Jonas Weber, standing beside Ilse Brandt.").isEmpty)
    }

    @Test func aBodyIsNoSpeaker() throws {
        #expect(try conflicts(
            "\"We will rebuild every home the river took,\" the Red Cross said at the shelter.",
            "\"We will rebuild every home the river took,\" Jonas Weber said at the shelter.").isEmpty)
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

    @Test func gazetteerNamesMatchInAnyCase() throws {
        // Names with Latin-1 letters are lowercased byte by byte at load,
        // others through the standard library: both must find the place
        // whatever the case it is asked in.
        let g = Gazetteer.bundled
        for name in ["Zürich", "ZÜRICH", "zürich", "Bogotá", "BOGOTÁ", "São Paulo", "SÃO PAULO"] {
            #expect(!g.places(named: name).isEmpty, "\(name)")
        }
        let text = "1\tcity\tXX\t\t\t5000\tÉcija|ŁÓDŹ TEST\n"
        let small = Gazetteer(text: text)
        #expect(small.places(named: "écija").count == 1)
        #expect(small.places(named: "ÉCIJA").count == 1)
        #expect(small.places(named: "łódź test").count == 1)
        // Every Latin-1 letter, "×", "ß" and "Þ" among them, in a name of its
        // own: found by the name the standard library lowercases.
        let letters = (0xC0...0xFF).compactMap(Unicode.Scalar.init).map { "Town\(Character($0))" }
        let latin = Gazetteer(text: letters.enumerated().map { "\($0)\tcity\tXX\t\t\t5000\t\($1)\n" }.joined())
        for name in letters {
            #expect(latin.places(named: name.lowercased()).map(\.name).contains(name), "\(name)")
            // "ß" upper-cases to "SS", which names another town.
            if name.uppercased().lowercased() == name.lowercased() {
                #expect(latin.places(named: name.uppercased()).map(\.name).contains(name), "\(name)")
            }
        }
        // Other letters are lowercased scalar by scalar at load: Latin
        // Extended-A and B, IPA, Greek, Cyrillic and Latin Extended
        // Additional (with "İ", whose lowercase is two scalars, and Greek
        // capital sigma), each found by the standard library's lowercasing
        // of its name.
        let blocks = [0x100...0x24F, 0x250...0x2AF, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF]
        let others = blocks.flatMap { $0 }.compactMap(Unicode.Scalar.init).map { "Łown\(Character($0))" }
        let extended = Gazetteer(text: others.enumerated().map { "\($0)\tcity\tXX\t\t\t5000\t\($1)\n" }.joined())
        for name in others {
            #expect(extended.places(named: name).map(\.name).contains(name), "\(name)")
        }
    }

    @Test func listsOfPlacesAreSetsNotAnswers() throws {
        #expect(try conflicts(
            "Prosecutors in Ohio and Michigan filed the lawsuit against the pharmacy chain on Monday.",
            "Prosecutors in Texas and Florida filed the lawsuit against the pharmacy chain on Monday.").isEmpty)
    }

    @Test func twoCountriesOfOneStoryAreNoAnswerToWhere() throws {
        #expect(try conflicts(
            "Ministers Anna Berg and Paul Roux discussed the pipeline in Norway on Monday.",
            "Ministers Anna Berg and Paul Roux discussed the pipeline with France on Monday.").isEmpty)
    }
}

@Suite struct FigureAnchorTests {
    private func numberConflicts(_ a: [String], _ b: [String]) throws -> [Conflict] {
        func article(_ id: String, _ lines: [String]) throws -> Article {
            try ArticleReader.parse(data: Data(lines.joined(separator: "\n").utf8), path: "\(id).txt", id: id)
        }
        let first = try article("a", ["Cup final report", ""] + a)
        let second = try article("b", ["Rovers win at last", ""] + b)
        return Analyzer().analyze(Story(id: "t", articles: [first, second])).conflicts.filter { $0.kind == .number }
    }

    @Test func theOneFigureOfItsKindTiesSentencesThatShareNothingElse() throws {
        let found = try numberConflicts(
            ["The home side's goalkeeper saved twice in the final minutes, in front of a crowd of 41,200."],
            ["A crowd of 44,100 packed into the ground long before the anthem."])
        #expect(found.map(\.claims).map { $0.map(\.evidenceText) } == [["41,200", "44,100"]])
    }

    @Test func aKeyTwiceInOneArticleTiesNothing() throws {
        let found = try numberConflicts(
            ["The home side's goalkeeper saved twice in the final minutes, in front of a crowd of 41,200.",
             "Last season a crowd of 38,000 watched the same fixture."],
            ["A crowd of 44,100 packed into the ground long before the anthem."])
        #expect(found.isEmpty)
    }

    @Test func smallEverydayCountsTieNothing() throws {
        let found = try numberConflicts(
            ["The home side's goalkeeper saved from three players in the final minutes."],
            ["Two players were booked long before the anthem."])
        #expect(found.isEmpty)
    }

    @Test func theOneCostOfEachArticleIsCompared() throws {
        let found = try numberConflicts(
            ["The new stand, which cost £41.5m, opened two years late."],
            ["The total cost of the redevelopment came to £45.1m, the club said in its accounts."])
        #expect(found.map(\.claims).map { $0.map(\.evidenceText) } == [["£41.5m", "£45.1m"]])
        // Two costs in one article: which one the other outlet means is unknown.
        let two = try numberConflicts(
            ["The new stand, which cost £41.5m, opened two years late.", "The training ground cost £12m."],
            ["The total cost of the redevelopment came to £45.1m, the club said in its accounts."])
        #expect(two.isEmpty)
    }

    @Test func aHedgedCostCoversTheOtherFigure() throws {
        let found = try numberConflicts(
            ["The new stand, which cost about £45m, opened two years late."],
            ["The total cost of the redevelopment came to £45.1m, the club said in its accounts."])
        #expect(found.isEmpty)
    }

    @Test func anAftershockIsNotTheMainShock() throws {
        let found = try numberConflicts(
            ["Rescuers searched collapsed homes after the magnitude-6.4 earthquake.",
             "A magnitude-5.1 aftershock rattled the valley on Sunday."],
            ["Geologists put the magnitude at 6.9, and said the epicentre lay under the hills."])
        #expect(found.map(\.claims).map { $0.map(\.evidenceText) } == [["magnitude-6.4", "6.9"]])
    }

    @Test func theOneJudgeOfEachArticleIsCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Verdict", "", "Judge Amelia Frost thanked the jurors and set sentencing for June."),
            try makeArticle(id: "b", "Guilty", "", "Judge Martin Hale ordered that the defendant be taken into custody at once."))
        let conflict = try #require(analysis.conflicts.first { $0.kind == .person })
        #expect(conflict.claims.map(\.evidenceText) == ["Amelia Frost", "Martin Hale"])
    }

    @Test func twoJudgesInOneArticleTieNothing() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Verdict", "", "Judge Amelia Frost thanked the jurors and set sentencing for June.", "Judge Ross Kane had refused bail last year."),
            try makeArticle(id: "b", "Guilty", "", "Judge Martin Hale ordered that the defendant be taken into custody at once."))
        #expect(!analysis.conflicts.contains { $0.kind == .person })
    }
}

/// Relative periods, days of the month and digit dates in the date rule.
extension CompareTests {
    @Test func aDateInsideARelativePeriodAgrees() throws {
        // Published Wednesday 16 January 2019: last week is 7 to 13 January.
        let inside = analyze(
            try makeArticle(id: "a", published: "2019-01-16", "Budget", "", "The city council approved the new transport budget last week."),
            try makeArticle(id: "b", "Budget", "", "The city council approved the new transport budget on 9 January 2019."))
        #expect(!inside.alignments.isEmpty)
        #expect(inside.conflicts.isEmpty)
        let outside = analyze(
            try makeArticle(id: "a", published: "2019-01-16", "Budget", "", "The city council approved the new transport budget last week."),
            try makeArticle(id: "b", "Budget", "", "The city council approved the new transport budget on 2 January 2019."))
        #expect(outside.conflicts.map(\.severity) == [.error])
        #expect(outside.conflicts.first?.claims.map(\.value) == ["period:2019-01-07/2019-01-13", "date:2019-01-02"])
    }

    @Test func aWeekdayInsideARelativePeriodAgrees() throws {
        // b, published Saturday 12 January, says Thursday: 10 January, inside a's last week.
        let analysis = analyze(
            try makeArticle(id: "a", published: "2019-01-16", "Budget", "", "The city council approved the new transport budget last week."),
            try makeArticle(id: "b", published: "2019-01-12", "Budget", "", "The city council approved the new transport budget on Thursday."))
        #expect(!analysis.alignments.isEmpty)
        #expect(analysis.conflicts.isEmpty)
    }

    @Test func aDayOfTheMonthAgreesWithItsWeekday() throws {
        // Both published Saturday 20 April 2019: the 16th was a Tuesday.
        let agreeing = analyze(
            try makeArticle(id: "a", published: "2019-04-20", "Strike", "", "Bus drivers in the city began their strike on the 16th."),
            try makeArticle(id: "b", published: "2019-04-20", "Strike", "", "Bus drivers in the city began their strike on Tuesday."))
        #expect(!agreeing.alignments.isEmpty)
        #expect(agreeing.conflicts.isEmpty)
        let apart = analyze(
            try makeArticle(id: "a", published: "2019-04-20", "Strike", "", "Bus drivers in the city began their strike on the 16th."),
            try makeArticle(id: "b", published: "2019-04-20", "Strike", "", "Bus drivers in the city began their strike on Thursday."))
        #expect(apart.conflicts.map(\.claims).map { $0.map(\.value) } == [["date:2019-04-16", "weekday:4"]])
    }

    @Test func periodsCompareAsRangesOfDays() {
        func disagree(_ x: DateMention, _ y: DateMention) -> Severity? {
            DateConflictRule.disagreement(x, y, publishedFirst: nil, publishedSecond: nil)
        }
        let lastWeek = DateMention(period: CivilDate(year: 2019, month: 1, day: 7)!...CivilDate(year: 2019, month: 1, day: 13)!, named: "last week")
        #expect(disagree(lastWeek, DateMention(year: 2019, month: 1)) == nil)
        #expect(disagree(lastWeek, DateMention(month: 1, day: 10)) == nil)
        #expect(disagree(DateMention(month: 1, day: 14), lastWeek) == .warning)
        #expect(disagree(lastWeek, DateMention(year: 2018, month: 12)) == .error)
        // A weekday no publication date fixes cannot be checked.
        #expect(disagree(lastWeek, DateMention(weekday: 3)) == nil)
    }

    @Test func digitDatesInTwoHouseStylesCompareAsDays() throws {
        // a writes day first (23/03 settles it), b month first.
        let analysis = analyze(
            try makeArticle(id: "a", "Plant", "", "Inspectors visited the site on 23/03/2019.", "", "The chemical plant closed for good on 5/4/2019 after the fire."),
            try makeArticle(id: "b", "Plant", "", "Inspectors visited the site on March 23, 2019.", "", "The chemical plant closed for good on 4/6/2019 after the fire."))
        #expect(analysis.conflicts.map(\.kind) == [.date])
        #expect(analysis.conflicts.first?.claims.map(\.value) == ["date:2019-04-05", "date:2019-04-06"])
    }
}

/// People credited with an act named before them.
extension CompareTests {
    @Test func anAgentNamedAfterTheActIsCreditedWithIt() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Rates", "", "The only vote against came from Maria Lopez, who wanted a smaller quarter-point rise."),
            try makeArticle(id: "b", "Rates", "", "Hannah Schmidt voted against, saying she wanted a smaller quarter-point rise."))
        let conflict = try #require(analysis.conflicts.first { $0.kind == .person })
        #expect(conflict.claims.map(\.evidenceText) == ["Maria Lopez", "Hannah Schmidt"])
        // Named after "from" without a verb of the act, a person only stands nearby.
        let nearby = analyze(
            try makeArticle(id: "a", "Rates", "", "A letter from Maria Lopez asked for a smaller quarter-point rise."),
            try makeArticle(id: "b", "Rates", "", "Hannah Schmidt voted against, saying she wanted a smaller quarter-point rise."))
        #expect(nearby.conflicts.filter { $0.kind == .person }.isEmpty)
    }
}

/// Sentences right after two aligned ones.
extension CompareTests {
    @Test func clockTimesAfterAlignedSentencesAreCompared() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Ferry", "", "The ferry had just left the harbour at Dover when it struck the outer pier. The impact came at 7.42am."),
            try makeArticle(id: "b", "Ferry", "", "The ferry had only just left Dover harbour when it hit the outer pier. The two met at 7.52am."))
        #expect(analysis.conflicts.map(\.kind) == [.time])
        #expect(analysis.conflicts.first?.claims.map(\.evidenceText) == ["7.42am", "7.52am"])
        // In a new paragraph the time may be of something else.
        let apart = analyze(
            try makeArticle(id: "a", "Ferry", "", "The ferry had just left the harbour at Dover when it struck the outer pier.", "", "The impact came at 7.42am."),
            try makeArticle(id: "b", "Ferry", "", "The ferry had only just left Dover harbour when it hit the outer pier.", "", "The two met at 7.52am."))
        #expect(apart.conflicts.isEmpty)
    }
}

/// Dates the aligner did not pair: beaten near misses with a relative day,
/// starts of spans, restated dates.
extension CompareTests {
    private func pair(_ analysis: StoryAnalysis, _ x: SentenceRef, _ y: SentenceRef, score: Double, aligned: Bool) -> AlignedPair {
        func side(_ ref: SentenceRef) -> AlignedPair.Side {
            let sentence = analysis.sentence(ref)
            return AlignedPair.Side(
                article: analysis.articles[ref.article], sentence: sentence,
                mentions: analysis.mentions[ref.article][ref.sentence], words: Word.split(sentence.text))
        }
        return AlignedPair(first: side(x), second: side(y), score: score, aligned: aligned)
    }

    @Test func aSideKeepsWhatARuleWorksOutOfAMentionOnceForEachOwner() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Talks", "", "Mr Grey met Ms Okafor in Geneva on Friday."),
            try makeArticle(id: "b", "Talks", "", "Mr Grey met Ms Okafor in Geneva on Saturday."))
        let side = pair(analysis, SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 1), score: 1, aligned: true).first
        let person = try #require(side.mentions(.person).first)
        let place = try #require(side.mentions(.place).first)
        var made = 0
        #expect(side.memo(person, for: Int.self) { made += 1; return 1 } == 1)
        #expect(side.memo(person, for: Int.self) { made += 1; return 2 } == 1)
        // Another mention, or another owner, is kept apart.
        #expect(side.memo(place, for: Int.self) { made += 1; return 3 } == 3)
        #expect(side.memo(person, for: String.self) { made += 1; return 4 } == 4)
        #expect(made == 3)
    }

    @Test func aBeatenNearMissComparesARelativeDayOnly() throws {
        // Published Thursday 9 March 2023: yesterday is Wednesday 8 March.
        let analysis = analyze(
            try makeArticle(id: "a", published: "2023-03-09", "Strike", "", "Rail workers in the north walked out yesterday over the pay offer."),
            try makeArticle(id: "b", "Strike", "", "Rail workers in the north walked out on Tuesday over the pay offer."))
        let refs = (SentenceRef(article: 0, sentence: 1), SentenceRef(article: 1, sentence: 1))
        let strong = pair(analysis, refs.0, refs.1, score: 0.3, aligned: false)
        #expect(DateConflictRule().conflicts(in: strong).map(\.claims.count) == [2])
        let weak = pair(analysis, refs.0, refs.1, score: 0.05, aligned: false)
        #expect(DateConflictRule().conflicts(in: weak).isEmpty)
        // Two weekdays in a near miss, however strong, are not compared.
        let weekdays = analyze(
            try makeArticle(id: "a", "Strike", "", "Rail workers in the north walked out on Wednesday over the pay offer."),
            try makeArticle(id: "b", "Strike", "", "Rail workers in the north walked out on Tuesday over the pay offer."))
        #expect(DateConflictRule().conflicts(in: pair(weekdays, refs.0, refs.1, score: 0.3, aligned: false)).isEmpty)
    }

    @Test func aStartOfASpanIsComparedOnlyWithAnother() {
        let analysis = analyze(
            try! makeArticle(id: "a", "Mayor", "", "The mayor has run the city since 2014 and won again on Sunday."),
            try! makeArticle(id: "b", "Mayor", "", "The mayor has run the city since 2015 and won again on Sunday."),
            try! makeArticle(id: "c", "Mayor", "", "The mayor has run the city in 2015 and won again on Sunday."))
        let values = analysis.conflicts.map { $0.claims.map(\.value) }
        #expect(values.contains(["year:2014", "year:2015"]))
        #expect(!values.contains { $0.contains("year:2015") && $0.count == 2 && !$0.contains("year:2014") })
    }

    @Test func theLoneDatesOfOneActAreCompared() throws {
        // "blocked" and "rejected" are the same side of an approval.
        let analysis = analyze(
            try makeArticle(id: "a", "Merger", "", "The competition regulator had blocked the first version of the merger in March, citing higher fares."),
            try makeArticle(id: "b", "Merger", "", "The watchdog had rejected the earlier proposal in June, saying it would mean higher fares."))
        #expect(!analysis.alignments.isEmpty)
        #expect(analysis.conflicts.map(\.claims).map { $0.map(\.evidenceText) } == [["March", "June"]])
        // Without a shared act the two dates may be of different events.
        let apart = analyze(
            try makeArticle(id: "a", "Merger", "", "The competition regulator opened an inquiry into the first version of the merger in March, citing higher fares."),
            try makeArticle(id: "b", "Merger", "", "The watchdog had rejected the earlier proposal in June, saying it would mean higher fares."))
        #expect(apart.conflicts.isEmpty)
    }

    @Test func aRestatedDateJoinsItsConflict() throws {
        let analysis = analyze(
            try makeArticle(id: "a", "Council", "", "The new budget goes to a council vote on Thursday.", "",
                            "The leader is expected to win Thursday's vote comfortably."),
            try makeArticle(id: "b", "Council", "", "The new budget goes to a council vote on Wednesday."))
        let conflict = try #require(analysis.conflicts.first)
        #expect(analysis.conflicts.count == 1)
        #expect(conflict.claims.map(\.evidenceText) == ["Thursday", "Wednesday", "Thursday"])
        #expect(conflict.claims.map(\.sentence.sentence) == [1, 1, 2])
        // A date of another event in the same article is not a restatement.
        let other = analyze(
            try makeArticle(id: "a", "Council", "", "The new budget goes to a council vote on Thursday.", "",
                            "The leader will speak on Thursday at the town hall."),
            try makeArticle(id: "b", "Council", "", "The new budget goes to a council vote on Wednesday."))
        #expect(other.conflicts.map(\.claims.count) == [2])
    }
}
