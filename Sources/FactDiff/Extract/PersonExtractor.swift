/// Finds people and the posts a sentence gives them.
///
/// A person is a run of capitalised words after a title ("Judge Regina
/// Chu", "Mr Khan", "national security adviser Mike Pompeo") or a run of two
/// or three capitalised words none of which names a place or an institution
/// ("Paulo Dybala"). Posts come from the title before the name, the
/// organisation before the title or as a possessive ("Aston Villa
/// goalkeeper", "Arsenal's"), and an appositive or relative clause after it
/// ("Sarah Cardell, chief executive of the CMA,", "who chairs the CMA").
/// Without a tagger this misses pronouns and bare surnames; it is built to
/// be right about what it does find.
public struct PersonExtractor: MentionExtractor {
    public init() {}

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        let scan = Scan(sentence: sentence, words: words)
        return scan.run()
    }

    private struct Scan {
        let sentence: Sentence
        let words: [Word]
        let text: [UInt8]

        init(sentence: Sentence, words: [Word]) {
            self.sentence = sentence
            self.words = words
            self.text = Array(sentence.text.utf8)
        }

        func run() -> [Mention] {
            var result: [Mention] = []
            var i = 0
            while i < words.count {
                guard isNameWord(i) else {
                    i += 1
                    continue
                }
                var j = i
                while j + 1 < words.count, joined(j), !words[j].lower.hasASCIISuffix("'s") {
                    if isNameWord(j + 1) {
                        j += 1
                    } else if let next = afterParticles(j + 1) {
                        j = next
                    } else {
                        break
                    }
                }
                // "Aston Villa goalkeeper Emiliano Martínez": a run right
                // before a title is the organisation, not a person.
                let organisationOfTitle = joined(j) && RoleTitles.match(words, at: j + 1).map { match in
                    match.title.category != "honorific" && match.last + 1 < words.count && isNameWord(match.last + 1)
                } == true
                if !organisationOfTitle { result += person(in: i, j) }
                i = j + 1
            }
            return result
        }

        /// "von der Leyen": the name word after particles starting at `k`.
        private func afterParticles(_ k: Int) -> Int? {
            var k = k
            while k < words.count, PersonWords.particles.contains(words[k].lower), joined(k) { k += 1 }
            guard k < words.count, k > 0, PersonWords.particles.contains(words[k - 1].lower), isNameWord(k) else { return nil }
            return k
        }

        private func isNameWord(_ k: Int) -> Bool {
            words[k].isCapitalised && !words[k].isNumeric
        }

        /// Only spaces between word `k` and the next: no comma, bracket or quote.
        private func joined(_ k: Int) -> Bool {
            guard k + 1 < words.count else { return false }
            return text[words[k].range.upperBound..<words[k + 1].range.lowerBound].allSatisfy { $0 == 0x20 }
        }

        /// The person a run of capitalised words `s...e` names, with its post.
        private func person(in s: Int, _ e: Int) -> [Mention] {
            // A title ending just before the run or inside it: "Judge Regina
            // Chu", "national security adviser Mike Pompeo", "European
            // Council President Donald Tusk".
            var title: (title: RoleTitles.Title, first: Int, last: Int)?
            for t in max(0, s - 4)..<e {
                guard let (found, last) = RoleTitles.match(words, at: t), last >= s - 1, last < e,
                    (t..<last).allSatisfy({ joined($0) }), t >= s || joined(s - 1)
                else { continue }
                title = (found, t, last)
                break
            }
            var first = title.map { $0.last + 1 } ?? s
            // "The", "But", "Last": a capitalised sentence opener is no name.
            while first <= e, Stopwords.english.contains(words[first].lower) || PersonWords.notNames.contains(RoleTitles.bare(words[first].lower)) {
                if title != nil { return [] }
                first += 1
            }
            guard first <= e else { return [] }
            let nameWords = Array(first...e)
            if nameWords.contains(where: { PersonWords.notNames.contains(RoleTitles.bare(words[$0].lower)) || DateWords.months[words[$0].lower] != nil || DateWords.weekdays[RoleTitles.bare(words[$0].lower)] != nil }) {
                return []
            }
            if title == nil, nameWords.count < 2 { return [] }
            if nameWords.filter({ !PersonWords.particles.contains(words[$0].lower) }).count > 3 { return [] }
            // "Center for Biological Diversity", "Bank of England": a run
            // joined to a capitalised word by "for" or "of" is part of a
            // longer name.
            if title == nil, s >= 2, ["of", "for", "and"].contains(words[s - 1].lower), joined(s - 2), joined(s - 1),
                isNameWord(s - 2)
            {
                return []
            }
            // "Messi took the Golden Ball": people are not "the" anything.
            if title == nil, s > 0, ["the", "a", "an"].contains(words[s - 1].lower) { return [] }
            let nameRange = words[nameWords.first!].range.lowerBound..<words[nameWords.last!].range.upperBound
            let parts = nameWords.map { RoleTitles.bare(words[$0].lower) }
                .filter { !PersonWords.particles.contains($0) }
            let person = PersonMention(
                name: String(decoding: text[nameRange], as: UTF8.self), parts: parts, title: title?.title.name)
            var result = [mention(.person, nameRange, person)]

            // The post: a title before the name, an organisation before the
            // title or as a possessive run just before the name.
            var role: (title: RoleTitles.Title?, organisation: String?, range: Range<Int>, former: Bool)?
            let postTitle = title.flatMap { $0.title.category == "honorific" ? nil : $0 }
            let organisationBefore = organisation(endingAt: (postTitle?.first ?? s) - 1)
            if postTitle != nil || organisationBefore != nil {
                let low = organisationBefore?.range.lowerBound ?? words[postTitle!.first].range.lowerBound
                let high = postTitle.map { words[$0.last].range.upperBound } ?? organisationBefore!.range.upperBound
                let before = (organisationBefore?.first ?? postTitle?.first ?? s) - 1
                let former = before >= 0 && words[before].lower == "former"
                role = (postTitle?.title, organisationBefore?.name, low..<high, former)
            }
            if role == nil { role = appositive(after: nameWords.last!) }
            if let role {
                let value = RoleMention(
                    person: person, title: role.title?.name, category: role.title?.category,
                    organisation: role.organisation, former: role.former)
                result.append(mention(.role, role.range, value))
            }
            return result
        }

        /// A capitalised run ending at word `k` that names an organisation:
        /// "Aston Villa" (before a title), "Arsenal's" (possessive before a
        /// name). Not a title word itself.
        private func organisation(endingAt k: Int) -> (name: String, range: Range<Int>, first: Int)? {
            guard k >= 0, isNameWord(k), joined(k) else { return nil }
            let possessive = words[k].lower.hasASCIISuffix("'s")
            var first = k
            while first > 0, isNameWord(first - 1), joined(first - 1), !words[first - 1].lower.hasASCIISuffix("'s") {
                first -= 1
            }
            if first == 0, !possessive, first == k { return nil }
            guard (first...k).allSatisfy({ RoleTitles.match(words, at: $0) == nil }) else { return nil }
            let range = words[first].range.lowerBound..<words[k].range.upperBound
            let name = String(decoding: text[range], as: UTF8.self)
            return (possessive ? String(name.dropLast(2)) : name, range, first)
        }

        /// ", chief executive of the CMA," / ", the president of the
        /// European Council," / ", who chairs the CMA" after the name.
        private func appositive(after e: Int) -> (title: RoleTitles.Title?, organisation: String?, range: Range<Int>, former: Bool)? {
            guard e + 1 < words.count else { return nil }
            let gap = text[words[e].range.upperBound..<words[e + 1].range.lowerBound]
            guard gap.contains(UInt8(ascii: ",")) else { return nil }
            var k = e + 1
            // An age between name and post: "Dr Karikó, 68, who is ...".
            if words[k].isNumeric, k + 1 < words.count { k += 1 }
            if words[k].lower == "who", k + 1 < words.count {
                if let verb = RoleTitles.verbs[words[k + 1].lower] {
                    let start = k + 1
                    let organisation = organisationAfter(start)
                    let end = organisation?.last ?? start
                    return (verb, organisation?.name, words[start].range.lowerBound..<words[end].range.upperBound, false)
                }
                guard ["is", "was"].contains(words[k + 1].lower) else { return nil }
                k += 2
            }
            guard k < words.count else { return nil }
            let start = k
            if ["the", "a", "an"].contains(words[k].lower), k + 1 < words.count { k += 1 }
            var former = false
            if words[k].lower == "former", k + 1 < words.count {
                former = true
                k += 1
            }
            var possessiveOrganisation: String?
            if words[k].lower.hasASCIISuffix("'s"), isNameWord(k), k + 1 < words.count {
                possessiveOrganisation = String(RoleTitles.bare(String(decoding: text[words[k].range], as: UTF8.self)))
                k += 1
                if words[k].lower == "former", k + 1 < words.count {
                    former = true
                    k += 1
                }
            }
            guard let (title, last) = RoleTitles.match(words, at: k), title.category != "honorific" else { return nil }
            let organisation = possessiveOrganisation.map { (name: $0, last: last) } ?? organisationAfter(last)
            let end = max(last, organisation?.last ?? last)
            return (title, organisation?.name, words[start].range.lowerBound..<words[end].range.upperBound, former)
        }

        /// "of the CMA", "at Penn": an organisation after a post.
        private func organisationAfter(_ k: Int) -> (name: String, last: Int)? {
            var i = k + 1
            guard i < words.count else { return nil }
            if ["of", "at", "for"].contains(words[i].lower) { i += 1 }
            if i < words.count, words[i].lower == "the" { i += 1 }
            guard i < words.count, isNameWord(i) else { return nil }
            var last = i
            while last + 1 < words.count, joined(last), isNameWord(last + 1) || (words[last + 1].lower == "of" && last + 2 < words.count && isNameWord(last + 2)) {
                last += 1
            }
            let range = words[i].range.lowerBound..<words[last].range.upperBound
            return (RoleTitles.bare(String(decoding: text[range], as: UTF8.self)), last)
        }

        private func mention(_ kind: MentionKind, _ range: Range<Int>, _ value: any MentionValue) -> Mention {
            Mention(kind: kind, sentence: sentence.ref, range: range, text: String(decoding: text[range], as: UTF8.self), value: value)
        }
    }
}

/// Words the person extractor reads.
enum PersonWords {
    /// Lowercase words inside names: "Ursula von der Leyen", "Luiz Inácio da Silva".
    static let particles: WordSet = ["de", "van", "von", "der", "den", "da", "del", "di", "bin", "al", "la", "le"]

    /// Capitalised words that name places, institutions, things or days,
    /// never a person: a run holding one is not a name.
    static let notNames: WordSet = [
        "street", "road", "avenue", "square", "court", "house", "hall", "party", "council", "committee",
        "commission", "authority", "agency", "department", "ministry", "office", "bank", "fed", "reserve",
        "university", "college", "school", "academy", "institute", "hospital", "station", "stadium", "airport",
        "line", "railway", "company", "corporation", "group", "inc", "ltd", "plc", "news", "times", "post",
        "journal", "union", "association", "federation", "league", "club", "city", "county", "state", "states",
        "kingdom", "republic", "island", "islands", "river", "mount", "mountain", "valley", "north", "south",
        "east", "west", "central", "united", "national", "international", "european", "american", "british",
        "russian", "chinese", "french", "german", "day", "week", "cup", "prize", "award", "act", "bill", "law",
        "war", "summit", "games", "olympics", "service", "services", "police", "army", "navy", "force",
        "squad", "exchange", "market", "markets", "securities", "foundation", "trust", "network", "media",
        "press", "twitter", "facebook", "google", "apple", "microsoft", "amazon", "world", "global", "white",
        "senate", "congress", "parliament", "assembly", "government", "administration", "cabinet", "church",
        "museum", "theatre", "theater", "centre", "center", "park", "bridge", "tower", "palace", "hotel", "motel",
        "new", "great", "royal", "general", "supreme", "federal", "democratic", "republican", "labour",
        "conservative", "liberal", "democrats", "republicans", "covid", "coronavirus", "god", "christmas",
        "easter", "hill", "ball", "boot", "glove", "trophy", "medal", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "we",
    ]
}
