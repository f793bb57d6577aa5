import Testing

@testable import FactDiff

@Suite struct ExtractTests {
    private func dates(_ text: String, published: CivilDate? = nil) -> [(String, String)] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return MentionExtraction.mentions(in: [sentence], context: ExtractionContext(published: published))[0]
            .filter { $0.kind == .date }
            .map { ($0.text, $0.value.description) }
    }

    @Test(arguments: [
        ("They met in Germany on Friday, officials said.", [("Friday", "weekday:5")]),
        ("Voters go to the polls on Thursday's ballot.", [("Thursday", "weekday:4")]),
        ("The deal closed on 13 October 2023.", [("13 October 2023", "date:2023-10-13")]),
        ("It opened on April 16, 2019, to crowds.", [("April 16, 2019", "date:2019-04-16")]),
        ("It opened on April 16th.", [("April 16th", "date:--04-16")]),
        ("It opened on the 16th of April.", [("16th of April", "date:--04-16")]),
        ("Filed on 2019-04-16 at noon.", [("2019-04-16", "date:2019-04-16")]),
        ("The talks were in July 2017.", [("July 2017", "month:2017-07")]),
        ("The regulator blocked it in April.", [("April", "month:--04")]),
        ("He meddled in the 2016 US election.", [("2016", "year:2016")]),
        ("Construction began in 2009 and ended on Sept. 3.", [("2009", "year:2009"), ("Sept. 3", "date:--09-03")]),
    ])
    func findsDates(text: String, expected: [(String, String)]) {
        let found = dates(text)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test(arguments: [
        "The line is closed on Sundays.",
        "May said she would stay.",
        "We may never know.",
        "About 2000 people marched.",
        "The march began at noon.",
        "He scored in the 90th minute.",
    ])
    func ignoresWhatIsNotADate(text: String) {
        #expect(dates(text).isEmpty)
    }

    @Test func weekdaysResolveAgainstThePublicationDate() throws {
        // Published on Tuesday 6 June 2023.
        let published = CivilDate(year: 2023, month: 6, day: 6)
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: "", role: .body, paragraph: 0, range: 0..<0)
        func resolve(_ text: String) -> CivilDate? {
            var s = sentence
            s.text = text
            let mention = MentionExtraction.mentions(in: [s], context: ExtractionContext(published: published))[0].first
            return (mention?.value as? DateMention)?.resolved
        }
        #expect(resolve("Apple unveiled it on Monday.") == CivilDate(year: 2023, month: 6, day: 5))
        #expect(resolve("Apple unveiled it on Tuesday.") == CivilDate(year: 2023, month: 6, day: 6))
        #expect(resolve("Apple unveiled it last Tuesday.") == CivilDate(year: 2023, month: 5, day: 30))
        #expect(resolve("Apple will unveil it on Friday.") == CivilDate(year: 2023, month: 6, day: 9))
        #expect(resolve("Apple unveiled it on 5 June.") == CivilDate(year: 2023, month: 6, day: 5))
    }

    @Test func mentionRangesPointAtTheirText() {
        let text = "On Friday, 16 April 2021, they met."
        let sentence = Sentence(ref: SentenceRef(article: 2, sentence: 7), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let mentions = MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0]
        #expect(mentions.count == 2)
        for mention in mentions {
            #expect(String(decoding: Array(text.utf8)[mention.range], as: UTF8.self) == mention.text)
            #expect(mention.sentence == SentenceRef(article: 2, sentence: 7))
        }
    }

    @Test func wordsKeepNumbersAndHyphenatedWordsWhole() {
        let words = Word.split("Face-to-face talks cost $1,200.50 on Trump's 3.40pm flight.")
        #expect(words.map(\.lower) == ["face-to-face", "talks", "cost", "1,200.50", "on", "trump's", "3.40pm", "flight"])
        #expect(words.map(\.isCapitalised) == [true, false, false, false, false, true, false, false])
        #expect(words.filter(\.isNumeric).map(\.lower) == ["1,200.50"])
    }
}

extension ExtractTests {
    @Test(arguments: [
        ("He led the country from 2000 to 2006.", [String]()),
        ("Cases between 2009 and 2016 were reviewed.", [String]()),
        ("Three men were convicted yesterday.", ["day:-1"]),
        ("MPs will debate it today, and vote last night.", ["day:0", "day:-1"]),
    ])
    func yearSpansAreSkippedAndRelativeDaysRead(text: String, values: [String]) {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let found = MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0]
        #expect(found.map(\.value.description) == values)
    }

    @Test func relativeDaysResolveAgainstThePublicationDate() throws {
        let text = "The jury convicted them yesterday."
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let found = MentionExtraction.mentions(in: [sentence], context: ExtractionContext(published: CivilDate(year: 2016, month: 1, day: 15)))[0]
        let value = try #require(found.first?.value as? DateMention)
        #expect(value.resolved == CivilDate(year: 2016, month: 1, day: 14))
        #expect(value.description == "day:2016-01-14")
        #expect(value.spoken == "yesterday (Thursday 14 January)")
    }
}

@Suite struct PlaceExtractorTests {
    private func places(_ text: String) -> [(String, String)] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0]
            .filter { $0.kind == .place }
            .map { ($0.text, $0.value.description) }
    }

    @Test(arguments: [
        ("The ferry sank off the coast after leaving from Mombasa.", [("Mombasa", "place:KE:Mombasa")]),
        ("Talks resumed in New York on the second day.", [("New York", "place:US:New York")]),
        ("Protesters gathered in the heart of Nairobi.", [("Nairobi", "place:KE:Nairobi")]),
        ("The fire began in north-west Lagos.", [("Lagos", "place:NG:Lagos")]),
        ("She lived in Croydon, south London, until her death.", [("Croydon", "place:GB|AU:Croydon"), ("London", "place:GB:London")]),
        ("Strikes spread across South Korea.", [("South Korea", "place:KR:South Korea")]),
        ("The ruling was given at Leeds Crown Court.", [("Leeds Crown Court", "venue:court:leeds crown court")]),
        ("The delegates stayed at the Raffles hotel.", [("Raffles hotel", "venue:hotel:raffles hotel")]),
    ])
    func findsPlaces(text: String, expected: [(String, String)]) {
        let found = places(text)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test(arguments: [
        "Paris Hilton arrived late.",
        "Washington imposed new sanctions.",
        "Shares fell on the London Stock Exchange.",
        "He spoke with Ms Jackson for an hour.",
        "The France coach named his squad.",
        "Commuters crowded onto the Central line.",
        "Critics renewed their attacks on Obama.",
    ])
    func ignoresNamesThatAreNotWhereSomethingHappened(text: String) {
        #expect(places(text).isEmpty)
    }
}
