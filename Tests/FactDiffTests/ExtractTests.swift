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
        let found = MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0].filter { $0.kind == .date }
        #expect(found.map(\.value.description) == values)
    }

    @Test func relativeDaysResolveAgainstThePublicationDate() throws {
        let text = "The jury convicted them yesterday."
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let found = MentionExtraction.mentions(
            in: [sentence], context: ExtractionContext(published: CivilDate(year: 2016, month: 1, day: 15)), extractors: [DateExtractor()])[0]
        let value = try #require(found.first?.value as? DateMention)
        #expect(value.resolved == CivilDate(year: 2016, month: 1, day: 14))
        #expect(value.description == "day:2016-01-14")
        #expect(value.spoken == "yesterday (Thursday 14 January)")
    }
}

@Suite struct PersonExtractorTests {
    private func mentions(_ text: String) -> [Mention] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return PersonExtractor().mentions(in: sentence, words: Word.split(text), context: ExtractionContext())
    }

    private func people(_ text: String) -> [String] {
        mentions(text).compactMap { ($0.value as? PersonMention)?.name }
    }

    private func roles(_ text: String) -> [RoleMention] {
        mentions(text).compactMap { $0.value as? RoleMention }
    }

    @Test func namesWithAndWithoutTitles() {
        #expect(people("Judge Amelia Frost adjourned the hearing.") == ["Amelia Frost"])
        #expect(people("Mr Okafor said the club would appeal.") == ["Okafor"])
        #expect(people("Striker Tomas Lindqvist scored twice.") == ["Tomas Lindqvist"])
        #expect(people("Ursula von der Leyen spoke first.") == ["Ursula von der Leyen"])
    }

    @Test func placesInstitutionsAndThingsAreNoPeople() {
        #expect(people("Wall Street fell as the Federal Reserve met.").isEmpty)
        #expect(people("She won the Golden Boot and later the Ballon d'Or.").isEmpty)
        #expect(people("Officials at Kings Cross Station closed the gates.").isEmpty)
    }

    @Test func postsBeforeTheName() throws {
        let role = try #require(roles("Leeds United goalkeeper Marta Kovac saved two penalties.").first)
        #expect(role.person.name == "Marta Kovac")
        #expect(role.title == "goalkeeper")
        #expect(role.organisation == "Leeds United")
        let rank = try #require(roles("Detective Chief Inspector Hugh Barnes led the inquiry.").first)
        #expect(rank.title == "chief inspector")
        #expect(rank.category == "police")
        let club = try #require(roles("Celtic's Marta Kovac was the hero.").first)
        #expect(club.title == nil)
        #expect(club.organisation == "Celtic")
    }

    @Test func postsAfterTheName() throws {
        let apposed = try #require(roles("Dana Whitfield, chief executive of the Port Authority, resigned.").first)
        #expect(apposed.title == "chief executive")
        #expect(apposed.organisation == "Port Authority")
        let relative = try #require(roles("Dana Whitfield, who chairs the Port Authority, resigned.").first)
        #expect(relative.title == "chair")
        let former = try #require(roles("Dana Whitfield, the former chief executive of the Port Authority, resigned.").first)
        #expect(former.former)
    }

    @Test func oneNameInItsSpellings() {
        let a = PersonMention(name: "Jovan Marić", parts: ["jovan", "marić"])
        let b = PersonMention(name: "Jovan Maric", parts: ["jovan", "maric"])
        let c = PersonMention(name: "Mr Maric", parts: ["maric"])
        let d = PersonMention(name: "Ana Maric", parts: ["ana", "maric"])
        #expect(a.isSamePerson(as: b))
        #expect(b.isSamePerson(as: c))
        #expect(!b.isSamePerson(as: d))
        #expect(PersonMention(name: "Reince Priebus", parts: ["reince", "priebus"])
            .isSamePerson(as: PersonMention(name: "Reince Preibus", parts: ["reince", "preibus"])))
    }
}

@Suite struct NumberExtractorTests {
    private func numbers(_ text: String, published: CivilDate? = nil) -> [String] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return MentionExtraction.mentions(in: [sentence], context: ExtractionContext(published: published))[0]
            .filter { $0.kind == .number }
            .map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        ("Police said 214 people were arrested.", ["214=count:214"]),
        ("Fifty-two passengers and three crew survived.", ["Fifty-two=count:52", "three=count:3"]),
        ("A dozen houses burned.", ["A dozen=count:12"]),
        ("The hall holds 12,480 fans.", ["12,480=count:12480"]),
        ("Some 3,000 workers walked out.", ["Some 3,000=count:3000"]),
    ])
    func findsCounts(text: String, expected: [String]) {
        #expect(numbers(text) == expected)
    }

    @Test(arguments: [
        ("The bridge cost $2.4bn to build.", "$2.4bn=money:USD:2400000000"),
        ("It was sold for 2.4 billion dollars.", "2.4 billion dollars=money:USD:2400000000"),
        ("Rivals bid US$2,400m for it.", "US$2,400m=money:USD:2400000000"),
        ("The club paid £45m for him.", "£45m=money:GBP:45000000"),
        ("Brussels fined it €7 million.", "€7 million=money:EUR:7000000"),
        ("The award is worth 9m Norwegian kroner.", "9m Norwegian kroner=money:NOK:9000000"),
        ("Shareholders get $41 per share.", "$41 per share=money:USD:41/share"),
        ("Inflation fell to 2.9% in May.", "2.9%=percent:2.9"),
        ("Inflation fell to 2.9 per cent.", "2.9 per cent=percent:2.9"),
        ("The bank cut rates by 0.5 percentage points.", "0.5 percentage points=pp:0.5"),
        ("The bank made a 50 basis point cut.", "50 basis point=pp:0.5"),
        ("The bank cut rates by half a percentage point.", "half a percentage point=pp:0.5"),
        ("Nearly two-thirds of members backed it.", "Nearly two-thirds=percent:66.6666667"),
        ("The author, who died aged 91, wrote plays.", "aged 91=age:91"),
        ("The 64-year-old was arrested.", "64-year-old=age:64"),
        ("She is 58 years old.", "58 years old=age:58"),
        ("United won 2-0 at home.", "2-0=score:2-0"),
        ("The tie ended 1-1 and went to penalties.", "1-1=score:1-1"),
        ("The tie finished two goals apiece.", "two goals apiece=score:2-2"),
        ("A magnitude-6.1 quake hit the coast.", "magnitude-6.1=magnitude:6.1"),
        ("A 6.1 magnitude quake hit the coast.", "6.1=magnitude:6.1"),
        ("Seismologists put the magnitude at 6.3.", "6.3=magnitude:6.3"),
        ("The talks lasted about 6 hours.", "about 6 hours=duration:s:21600"),
        ("He held his breath for three minutes and 12 seconds.", "three minutes and 12 seconds=duration:s:192"),
        ("The town lies 30 miles south of the city.", "30 miles=length:m:48280.32"),
        ("The town lies 48km south of the city.", "48km=length:m:48000"),
        ("The slab is 30cm thick.", "30cm=length:m:0.3"),
        ("The catch weighed 12 tonnes.", "12 tonnes=mass:kg:12000"),
        ("The race is over the next fortnight.", "fortnight=duration:s:1209600"),
    ])
    func findsQuantities(text: String, expected: String) {
        #expect(numbers(text) == [expected])
    }

    @Test(arguments: [
        ("At least 40 people died.", NumberMention.Hedge.atLeast),
        ("More than 600 homes flooded.", .atLeast),
        ("Up to 20 flights were cancelled.", .atMost),
        ("Almost 90 people were rescued.", .nearly),
        ("Roughly 700 jobs will go.", .approximately),
        ("Fewer than 20 fans turned up.", .atMost),
    ])
    func readsHedges(text: String, hedge: NumberMention.Hedge) throws {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let mention = try #require(MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0].first { $0.kind == .number })
        #expect((mention.value as? NumberMention)?.hedge == hedge)
        #expect(mention.text.split(separator: " ").count >= 2)
    }

    @Test func anAgeNextToANameBelongsToThatPerson() throws {
        let text = "The accused, Peter Marsh, 52, and Ann Cole, 49, denied it."
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let found = MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0].compactMap { $0.value as? NumberMention }
        #expect(found.map(\.description) == ["age:52", "age:49"])
        #expect(found.map(\.person) == ["marsh", "cole"])
    }

    @Test func aBirthYearIsAnAgeGivenThePublicationDate() throws {
        let found = numbers("Lopez, born in 1950, led the band.", published: CivilDate(year: 2020, month: 3, day: 1))
        #expect(found == ["1950=age:69-70"])
        let exact = numbers("Lopez, who was born in November 1950, led the band.", published: CivilDate(year: 2020, month: 3, day: 1))
        #expect(exact == ["November 1950=age:69"])
        #expect(numbers("Lopez, born in 1950, led the band.").isEmpty)
    }

    @Test(arguments: [
        "The vote was held in 2016.",
        "The talks began on 16 April.",
        "Doors open at 7.30pm and the show starts at 19:45.",
        "He scored in the 80th minute.",
        "Article 50 was triggered.",
        "Ministers met at No 10.",
        "One of them spoke.",
        "A third goal followed.",
    ])
    func ignoresWhatIsNotAQuantity(text: String) {
        #expect(numbers(text).isEmpty)
    }
}

@Suite struct TimeExtractorTests {
    private func times(_ text: String) -> [(String, String)] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0]
            .filter { $0.kind == .time }
            .map { ($0.text, $0.value.description) }
    }

    @Test(arguments: [
        ("The ferry sank at 3.40pm, coastguards said.", [("3.40pm", "time:15:40")]),
        ("The ferry sank at 3.40 pm on Monday.", [("3.40 pm", "time:15:40")]),
        ("The ferry sank at 3:40 p.m. on Monday.", [("3:40 p.m", "time:15:40")]),
        ("The ferry sank at 15:40 after listing.", [("15:40", "time:15:40")]),
        ("The first bus left the depot at 06:12.", [("06:12", "time:06:12")]),
        ("Polls open at 7am across the state.", [("7am", "time:07:00")]),
        ("Polls closed at 12pm and reopened.", [("12pm", "time:12:00")]),
        ("The vigil began at noon outside the hall.", [("noon", "time:12:00")]),
        ("Fireworks started at midnight over the bay.", [("midnight", "time:00:00")]),
        ("The bell rang at ten past nine.", [("ten past nine", "time:09:10/21:10")]),
        ("The vote was held at quarter to nine in the evening.", [("quarter to nine", "time:20:45")]),
        ("The mill caught fire at twenty-five minutes past four on Sunday morning.", [("twenty-five minutes past four", "time:04:25")]),
        ("The alarm sounded at half past six.", [("half past six", "time:06:30/18:30")]),
        ("The tremor struck at 0314 GMT on Friday.", [("0314 GMT", "time:03:14 GMT")]),
        ("The tremor struck at 14.30 GMT on Friday.", [("14.30 GMT", "time:14:30 GMT")]),
        ("The rocket lifted off at 9:05 EST.", [("9:05 EST", "time:09:05 EST")]),
        ("The rocket lifted off at 21:05 UTC+8.", [("21:05 UTC+8", "time:21:05 UTC+8")]),
        ("The rocket lifted off at 14:05 local time.", [("14:05 local time", "time:14:05 local")]),
        ("The probe touched down at 17:50 Japan Standard Time.", [("17:50 Japan Standard Time", "time:17:50 JST")]),
        ("The dam burst at 4am Bangladesh time.", [("4am Bangladesh time", "time:04:00 bangladesh time")]),
    ])
    func findsClockTimes(text: String, expected: [(String, String)]) {
        let found = times(text)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test(arguments: [
        ("The plane landed shortly after 10am.", "shortly after 10am", "time:>10:00"),
        ("The plane landed just after 9pm.", "just after 9pm", "time:>21:00"),
        ("The plane landed just before midnight.", "just before midnight", "time:<00:00"),
        ("The plane landed at about 01:00 GMT.", "about 01:00 GMT", "time:~01:00 GMT"),
        ("The plane landed around 7.15am.", "around 7.15am", "time:~07:15"),
        ("The plane landed roughly 7.15am.", "roughly 7.15am", "time:~07:15"),
        ("The plane landed after 11pm.", "after 11pm", "time:>>23:00"),
        ("The plane landed just after half past six.", "just after half past six", "time:>06:30/18:30"),
    ])
    func hedgesWidenATime(text: String, evidence: String, value: String) {
        let found = times(text)
        #expect(found.map(\.0) == [evidence])
        #expect(found.map(\.1) == [value])
    }

    @Test(arguments: [
        ("Crowds gathered on Saturday morning.", "morning", "part:morning"),
        ("The shop was raided in the early hours of Sunday.", "early hours", "part:early hours"),
        ("He died yesterday evening at home.", "evening", "part:evening"),
        ("The strike began late on Thursday night.", "night", "part:night"),
        ("Families fled the town overnight.", "overnight", "part:night"),
        ("The gunmen struck in the afternoon.", "afternoon", "part:afternoon"),
    ])
    func findsPartsOfTheDay(text: String, evidence: String, value: String) {
        let found = times(text)
        #expect(found.map(\.0) == [evidence])
        #expect(found.map(\.1) == [value])
    }

    @Test(arguments: [
        "Trains run every ten minutes from 6.30am until 11pm.",
        "The office is open between 9am and 5pm.",
        "Bids must arrive by 10am on Friday.",
        "He caught the 8.06am service to Leeds.",
        "The magnitude-7.8 quake cost 6.15bn rupees.",
        "Read John 3:16 aloud.",
        "Two to three people were hurt.",
        "Aid arrived this morning and last night.",
        "She spent the night in a shelter.",
        "The Morning Herald said so.",
        "The score was 2:1 at half-time.",
        "By yesterday afternoon the tanks were alight.",
        "UPDATE: 9 p.m. -- The spokesman said more.",
        "The toll had risen by late on Saturday night.",
    ])
    func ignoresWhatIsNotTheTimeOfAnEvent(text: String) {
        #expect(times(text).isEmpty)
    }

    @Test func aPlaceInTheSentenceGivesLocalTimeItsOffset() throws {
        let text = "The leaders shook hands just after 9am local time in Singapore."
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let mention = try #require(MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0].first { $0.kind == .time })
        let value = try #require(mention.value as? TimeMention)
        #expect(value.utcOffset == 480)
        #expect(value.offsetFromPlace)
        // Two places with different offsets fix none.
        #expect(times("Leaders from Tokyo and Delhi met at 9am in the lobby.").map(\.1) == ["time:09:00"])
    }
}

@Suite struct OrdinalExtractorTests {
    private func ordinals(_ text: String) -> [(String, String)] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return MentionExtraction.mentions(in: [sentence], context: ExtractionContext())[0]
            .filter { $0.kind == .ordinal }
            .map { ($0.text, $0.value.description) }
    }

    @Test(arguments: [
        ("Kenya became only the third country ever to host the games.", [("third", "ordinal:3 country")]),
        ("She was running her 12th London Marathon, a record.", [("12th", "ordinal:12 marathon")]),
        ("It was the second serious fire at the plant in a year.", [("second", "ordinal:2 fire")]),
        ("The pair met for the first time on Sunday.", [("first", "ordinal:1 time")]),
        ("The pair met for the fourth time yesterday.", [("fourth", "ordinal:4 time")]),
        ("He won his 3rd Grand Slam title and his 21st major final.", [("3rd", "ordinal:3 title"), ("21st", "ordinal:21 final")]),
        ("It is the bank's fifth rate cut, analysts said.", [("fifth", "ordinal:5 cut")]),
        ("The first train pulled out at dawn.", [("first", "ordinal:1 train")]),
    ])
    func findsCountingOrdinals(text: String, expected: [(String, String)]) {
        let found = ordinals(text)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test(arguments: [
        "Profits rose in the first quarter.",
        "He scored early in the second half.",
        "The First Minister spoke to reporters.",
        "The First Lady visited the school.",
        "It was the first of three hearings.",
        "The second followed in 1974.",
        "She first made her name on stage.",
        "It is the first major product Apple has launched since the watch.",
        "The bank made its first rate rise in 15 years.",
        "He was found guilty of second-degree murder.",
        "It was his first day in office.",
        "The deal was signed on the 16th of April.",
        "He veered off the road in a 23rd-minute collision.",
        "The Second World War ended in 1945.",
        "It is the first step towards justice.",
        "The two met for the first time in weeks.",
    ])
    func ignoresOrdinalsThatCountNoEvent(text: String) {
        #expect(ordinals(text).isEmpty)
    }

    @Test func ordinalSuffixesMustMatchTheNumber() {
        #expect(OrdinalExtractor.rank("26th") == 26)
        #expect(OrdinalExtractor.rank("1st") == 1)
        #expect(OrdinalExtractor.rank("22nd") == 22)
        #expect(OrdinalExtractor.rank("113th") == 113)
        #expect(OrdinalExtractor.rank("2th") == nil)
        #expect(OrdinalExtractor.rank("11st") == nil)
        #expect(OrdinalExtractor.rank("5km") == nil)
    }
}

@Suite struct QuoteExtractorTests {
    private func quotes(_ text: String) -> [QuoteMention] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return QuoteExtractor().mentions(in: sentence, words: Word.split(text), context: ExtractionContext())
            .compactMap { $0.value as? QuoteMention }
    }

    @Test func doubleAndSingleQuotesWithSpeakers() {
        let double = quotes("\"We'll open the border crossing,\" said Maria Lopez, the interior minister.")
        #expect(double.map(\.words) == [["we", "will", "open", "the", "border", "crossing"]])
        #expect(double.first?.speaker == ["maria", "lopez"])
        let single = quotes("Ms Lopez told reporters the ban was 'a temporary measure' and Kim's office agreed.")
        #expect(single.map(\.words) == [["a", "temporary", "measure"]])
        #expect(single.first?.speaker == ["lopez"])
    }

    @Test func aPronounLeavesTheSpeakerUnknown() {
        #expect(quotes("\"It was a hard winter,\" he said.").first?.speaker == [])
    }

    @Test func aQuoteCutBySentenceEndsRunsToTheEdge() {
        #expect(quotes("the port will reopen in May.\" The ministry gave no date.").map(\.words) == [["the", "port", "will", "reopen", "in", "may"]])
        #expect(quotes("He added: \"None of this was planned").map(\.words) == [["none", "of", "this", "was", "planned"]])
    }

    @Test func britishSpellingHyphensAndBracketsNormalise() {
        let words = quotes("She said the \"organisation's [regional] defence centre is well-run\".").first?.words
        #expect(words == ["organization's", "defense", "center", "is", "well", "run"])
    }
}

@Suite struct PolarityExtractorTests {
    private func polarity(_ text: String) -> [PolarityMention] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return PolarityExtractor().mentions(in: sentence, words: Word.split(text), context: ExtractionContext())
            .compactMap { $0.value as? PolarityMention }
    }

    @Test func negationsAndTheirPredicates() {
        #expect(polarity("The minister declined to resign on Monday.").map(\.description) == ["not:resign"])
        #expect(polarity("The club did not appeal the fine.").map(\.description) == ["not:appeal"])
        #expect(polarity("The mayor can't veto the budget.").map(\.description) == ["can:not:veto"])
    }

    @Test func hedgedAndReportedNegationsAreLeftOut() {
        #expect(polarity("Critics claimed the mayor had not paid the tax.").isEmpty)
        #expect(polarity("It is unclear whether the firm did not pay.").isEmpty)
        #expect(polarity("The company declined to comment.").isEmpty)
        #expect(polarity("Allies urged him not to resign.").isEmpty)
    }

    @Test func oppositesAndMarketMoves() {
        #expect(polarity("Oil prices closed 2% higher.").map(\.predicate) == ["higher"])
        #expect(polarity("Copper futures slumped.").first?.poles.first?.name == "fall")
        #expect(polarity("Prices could fall next year.").first?.modal == "irrealis")
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
        "Prosecutors in the Southern District of California brought the case.",
    ])
    func ignoresNamesThatAreNotWhereSomethingHappened(text: String) {
        #expect(places(text).isEmpty)
    }
}

@Suite struct RelativeDayTests {
    private func dates(_ text: String) -> [String] {
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        return DateExtractor().mentions(in: sentence, words: Word.split(text), context: ExtractionContext()).map(\.text)
    }

    @Test func aCapitalisedTodayInsideASentenceIsAName() {
        #expect(dates("She said so in an interview on the Today programme.").isEmpty)
        #expect(dates("Today the council meets again.") == ["Today"])
        #expect(dates("It rained. Today the council meets again.") == ["Today"])
    }

    @Test func relativeDaysInsideAQuoteAreTheSpeakersDays() {
        #expect(dates("\"We lost the debate tonight,\" she said on Friday.") == ["Friday"])
        #expect(dates("She said the debate was lost tonight.") == ["tonight"])
        // The end of a quotation opened a sentence earlier.
        #expect(dates("And that's what happened tonight: they lost the debate.\"").isEmpty)
        #expect(dates("And that\u{2019}s what happened tonight: they lost the debate.\u{201D}").isEmpty)
        #expect(dates("\u{201C}We lost tonight,\u{201D} she said today.") == ["today"])
    }

    @Test func aWeekdayAfterAgoIsTheDayCountedFrom() {
        #expect(dates("The strike, which happened a month ago Thursday, was raised first.").isEmpty)
        #expect(dates("The strike happened on Thursday.") == ["Thursday"])
    }

    @Test func aYearAPossessiveOwnsIsADate() {
        #expect(dates("He ran as vice president on Al Gore's 2000 ticket.") == ["2000"])
        #expect(dates("Apple's 2,000 engineers were told on the day.").isEmpty)
    }
}

/// Digit dates by house style, days of the month, and periods counted from
/// the publication date.
extension ExtractTests {
    private func article(_ lines: [String], published: CivilDate? = nil, order: NumericDateOrder? = nil) -> [[(String, String)]] {
        let sentences = lines.enumerated().map { index, text in
            Sentence(ref: SentenceRef(article: 0, sentence: index), text: text, role: .body, paragraph: index, range: 0..<text.utf8.count)
        }
        return MentionExtraction.mentions(in: sentences, context: ExtractionContext(published: published, numericDateOrder: order))
            .map { $0.filter { $0.kind == .date }.map { ($0.text, $0.value.description) } }
    }

    @Test func aDigitDateWithADayAbove12ReadsEitherWay() {
        #expect(article(["The plant closed on 16/04/2019 after a fire."]).flatMap { $0 }.map(\.1) == ["date:2019-04-16"])
        #expect(article(["The plant closed on 4/16/2019 after a fire."]).flatMap { $0 }.map(\.1) == ["date:2019-04-16"])
        #expect(article(["The plant closed on 30/06/21."]).flatMap { $0 }.map(\.1) == ["date:2021-06-30"])
    }

    @Test func anAmbiguousDigitDateNeedsTheHouseStyle() {
        // Nothing in the article says which part is the day.
        #expect(article(["The plant closed on 4/5/2019 after a fire."]).flatMap { $0 }.isEmpty)
        #expect(article(["The plant closed on 4/5/2019 after a fire."], order: .dayFirst).flatMap { $0 }.map(\.1) == ["date:2019-05-04"])
        #expect(article(["The plant closed on 4/5/2019 after a fire."], order: .monthFirst).flatMap { $0 }.map(\.1) == ["date:2019-04-05"])
        // Another digit date in the article settles it: 23/03/2019 is day first.
        let british = article(["Inspectors visited on 23/03/2019.", "The plant closed on 4/5/2019 after a fire."])
        #expect(british[1].map(\.1) == ["date:2019-05-04"])
        // So does the way it writes dates in words: "March 23" is American.
        let american = article(["Inspectors visited on March 23.", "The plant closed on 4/5/2019 after a fire."])
        #expect(american[1].map(\.1) == ["date:2019-04-05"])
        #expect(NumericDateOrder.infer(words: [Word.split("Inspectors visited on 23 March.")], texts: [Array("Inspectors visited on 23 March.".utf8)]) == .dayFirst)
    }

    @Test func slashedDigitsAreNotQuantities() {
        let text = "The plant closed on 16/04/2019 after a 24/7 shift, and 120 staff left."
        let sentence = Sentence(ref: SentenceRef(article: 0, sentence: 0), text: text, role: .body, paragraph: 0, range: 0..<text.utf8.count)
        let numbers = NumberExtractor().mentions(in: sentence, words: Word.split(text), context: ExtractionContext()).map(\.text)
        #expect(numbers == ["120"])
        // Four parts are not a date.
        #expect(article(["Version 1/2/3/2019 shipped."]).flatMap { $0 }.isEmpty)
    }

    @Test func aDayOfTheMonthResolvesToTheLatestSuchDay() {
        // Published Saturday 20 April 2019.
        let april = CivilDate(year: 2019, month: 4, day: 20)
        #expect(article(["The strike began on the 16th, union leaders said."], published: april).flatMap { $0 }.map(\.1) == ["date:2019-04-16"])
        // Published 10 April: the 16th has not come yet, so it was March's.
        let earlier = CivilDate(year: 2019, month: 4, day: 10)
        #expect(article(["The strike began on the 16th."], published: earlier).flatMap { $0 }.map(\.1) == ["date:2019-03-16"])
        #expect(article(["The strike will begin on the 16th."], published: earlier).flatMap { $0 }.map(\.1) == ["date:2019-04-16"])
        #expect(article(["The strike began on the 16th."]).flatMap { $0 }.map(\.1) == ["date:---16"])
        #expect(article(["The fire started on the 16th floor."], published: april).flatMap { $0 }.isEmpty)
        #expect(article(["It began on the 16th of April."]).flatMap { $0 }.map(\.1) == ["date:--04-16"])
    }

    @Test(arguments: [
        ("The council approved the budget last week.", "last week", "period:2019-01-07/2019-01-13"),
        ("The council approved the budget earlier this week.", "earlier this week", "period:2019-01-14/2019-01-16"),
        ("The council will vote this week.", "this week", "period:2019-01-14/2019-01-20"),
        ("The council approved the budget earlier this month.", "earlier this month", "period:2019-01-01/2019-01-16"),
        ("The council approved the budget last month.", "last month", "month:2018-12"),
        ("The council approved the budget last November.", "last November", "month:2018-11"),
        ("The council approved the budget in January last year.", "January last year", "month:2018-01"),
        ("The council approved the budget last year.", "last year", "year:2018"),
        ("Protesters gathered last weekend.", "last weekend", "period:2019-01-12/2019-01-13"),
        ("Sales rose 4% over the past week.", "past week", "period:2019-01-09/2019-01-16"),
    ])
    func relativePeriodsResolveAgainstThePublicationDate(text: String, evidence: String, value: String) {
        // Published Wednesday 16 January 2019.
        let found = article([text], published: CivilDate(year: 2019, month: 1, day: 16)).flatMap { $0 }
        #expect(found.map(\.0) == [evidence])
        #expect(found.map(\.1) == [value])
    }

    @Test func relativePeriodsNeedAPublicationDateAndNoQuotes() {
        #expect(article(["The council approved the budget last week."]).flatMap { $0 }.isEmpty)
        let quoted = article(["\"We approved it last week,\" the mayor said."], published: CivilDate(year: 2019, month: 1, day: 16))
        #expect(quoted.flatMap { $0 }.isEmpty)
        // Without a publication date a month keeps no year.
        #expect(article(["The council approved the budget last November."]).flatMap { $0 }.map(\.1) == ["month:--11"])
    }
}
