/// Finds places and named venues in a sentence.
///
/// A place is a run of capitalised words that the gazetteer knows as a whole
/// ("New York", "Hemel Hempstead", "South Africa"), so a longer name that
/// merely starts with a city ("Paris Hilton", "London Stock Exchange",
/// "William Lincoln") is never read as that city. The run must also stand
/// where news puts a place: after a locative preposition, perhaps through a
/// few words of position ("in the heart of Kathmandu", "from south-east
/// London"); in apposition to another place ("Blackheath, south-east
/// London", "the capital, Kathmandu"); or, for a city or region that is not
/// ambiguous, as the modifier of a noun after a determiner ("her London
/// home"; only cities of a million people, as "the Elizabeth line" and "the
/// Texas governor" name no place). A country name used as a modifier ("the
/// France coach") is an adjective, not where anything happened, and a name
/// standing alone
/// ("Washington imposed sanctions") is a government or a person as often as
/// a place: neither is extracted.
///
/// A venue is a capitalised name followed by a venue noun ("Woolwich Crown
/// Court", "Lusail Stadium", "the Shangri-La hotel"); it is compared only
/// with venues of the same kind.
public struct PlaceExtractor: MentionExtractor {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .bundled) {
        self.gazetteer = gazetteer
    }

    public func mentions(in sentence: Sentence, words: [Word], context: ExtractionContext) -> [Mention] {
        guard !gazetteer.isEmpty else { return [] }
        let text = Array(sentence.text.utf8)
        var result: [Mention] = []
        /// The index of the last word of the previous place, for apposition.
        var lastPlaceEnd: Int?

        func add(_ first: Int, _ last: Int, _ value: PlaceMention) {
            var range = words[first].range.lowerBound..<words[last].range.upperBound
            if text[range].reversed().starts(with: Array("s'".utf8)) { range = range.lowerBound..<(range.upperBound - 2) }
            result.append(
                Mention(
                    kind: .place, sentence: sentence.ref, range: range,
                    text: String(decoding: text[range], as: UTF8.self), value: value))
        }

        var i = 0
        while i < words.count {
            guard isNameWord(words[i], at: i) else {
                i += 1
                continue
            }
            var end = i
            while end + 1 < words.count, isNameWord(words[end + 1], at: end + 1), onlySpaces(text, words[end], words[end + 1]) {
                end += 1
            }
            // "Bosnia and Herzegovina", "Isle of Man": a connector joins two
            // runs when the gazetteer knows the whole.
            if end + 2 < words.count, Self.connectors.contains(words[end + 1].lower),
                isNameWord(words[end + 2], at: end + 2)
            {
                var joined = end + 2
                while joined + 1 < words.count, isNameWord(words[joined + 1], at: joined + 1), onlySpaces(text, words[joined], words[joined + 1]) {
                    joined += 1
                }
                if !gazetteer.places(named: name(words, i, joined, text)).isEmpty {
                    end = joined
                } else if words[end + 1].lower == "of" {
                    // "the Southern District of California", "the Bank of
                    // England": a run that a capitalised "of" phrase goes on
                    // is the head of a longer name, not a place of its own.
                    i = joined + 1
                    lastPlaceEnd = nil
                    continue
                }
            }
            defer { i = end + 1 }

            if let venue = venue(i, end, words: words, text: text) {
                add(i, venue.last, venue.value)
                lastPlaceEnd = nil
                end = venue.last
                continue
            }
            guard let (first, places) = lookUp(i, end, words: words, text: text) else { continue }
            let candidates = places
            let isCountry = candidates.contains { $0.kind == .country }
            let ambiguous = PlaceMention(reference: .places(candidates), written: "").isAmbiguous
            let placed =
                isLocative(before: first, words: words, text: text, country: isCountry || candidates.allSatisfy { $0.kind != .city })
                || isApposition(before: i, after: lastPlaceEnd, words: words, text: text)
                || (!ambiguous && candidates.allSatisfy { $0.kind == .city && $0.population >= 1_000_000 }
                    && isModifier(i, end, words: words, text: text))
            guard placed else { continue }
            add(first, end, PlaceMention(reference: .places(candidates), written: name(words, first, end, text)))
            lastPlaceEnd = end
        }
        return result
    }

    /// The gazetteer's places for the run, whole or without a leading word
    /// of direction ("West London"); the first word the name covers.
    private func lookUp(_ first: Int, _ last: Int, words: [Word], text: [UInt8]) -> (Int, [Gazetteer.Place])? {
        // "Central", "North": a word of direction before a name ("the
        // Central line") is no place, whatever towns bear it.
        if first == last, Self.directions.contains(words[first].lower) { return nil }
        let whole = gazetteer.resolve(name(words, first, last, text))
        if !whole.isEmpty { return (first, whole) }
        if first < last, Self.directions.contains(words[first].lower) {
            let rest = gazetteer.resolve(name(words, first + 1, last, text))
            if !rest.isEmpty { return (first + 1, rest) }
        }
        return nil
    }

    /// "Woolwich Crown Court", "Lusail Stadium", "the Shangri-La hotel",
    /// "Hennepin County courthouse". Before a lowercase venue noun a country,
    /// region or city of a million people is a place ("a London hotel"), not
    /// a venue's name; a smaller town's name is more often the venue's
    /// ("the Shangri-La hotel", though Shangri-La is also a Chinese city).
    private func venue(_ first: Int, _ last: Int, words: [Word], text: [UInt8]) -> (last: Int, value: PlaceMention)? {
        var headIndex: Int
        if Self.venueHeads[Word.normalise(words[last].lower)] != nil, last > first {
            headIndex = last
        } else if last + 1 < words.count, !words[last + 1].isCapitalised, onlySpaces(text, words[last], words[last + 1]),
            Self.venueHeads[words[last + 1].lower] != nil, !words[last].lower.hasASCIISuffix("'s"),
            !gazetteer.resolve(name(words, first, last, text)).contains(where: { $0.population >= 1_000_000 || $0.kind != .city })
        {
            headIndex = last + 1
        } else {
            return nil
        }
        guard let type = Self.venueHeads[Word.normalise(words[headIndex].lower)] else { return nil }
        var nameWords: [String] = []
        var distinctive: Set<String> = []
        for k in first...headIndex {
            let word = Word.normalise(words[k].lower)
            nameWords.append(words[k].lower)
            if k < headIndex, !Self.venueGeneric.contains(word), Self.venueHeads[word] == nil { distinctive.insert(word) }
        }
        guard !distinctive.isEmpty else { return nil }
        headIndex = min(headIndex, words.count - 1)
        let written = name(words, first, headIndex, text)
        return (headIndex, PlaceMention(reference: .venue(type: type, name: nameWords.joined(separator: " "), distinctive: distinctive), written: written))
    }

    /// A capitalised word that can be part of a name: not a function word
    /// ("In", "The"), weekday or month. "US" and "New" are names.
    private func isNameWord(_ word: Word, at index: Int) -> Bool {
        guard word.isCapitalised, !word.isNumeric else { return false }
        let bare = word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower
        if DateWords.weekdays[bare] != nil || DateWords.months[bare] != nil { return false }
        if Self.nameStopwords.contains(bare) { return true }
        return !Stopwords.english.contains(bare)
    }

    /// "in", "at", "from" before the run, through at most a few words of
    /// position: "in the heart of", "outside central", "near the
    /// south-east".
    /// Only prepositions that say where: "on", "to", "between" take a
    /// target as often ("sanctions on Russia", "attacks on Obama", "a
    /// letter to China").
    private func isLocative(before start: Int, words: [Word], text: [UInt8], country: Bool) -> Bool {
        var k = start - 1
        var steps = 0
        while k >= 0, steps <= 4 {
            guard onlySpaces(text, words[k], words[k + 1]) else { return false }
            let word = words[k].lower
            if Self.locatives.contains(word) { return true }
            guard Self.positionWords.contains(word) || Self.directions.contains(word) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// "Blackheath, south-east London", "Hamburg, Germany", "London and New
    /// York", "the capital, Kathmandu".
    private func isApposition(before start: Int, after placeEnd: Int?, words: [Word], text: [UInt8]) -> Bool {
        var k = start - 1
        while k >= 0, Self.directions.contains(words[k].lower), onlySpaces(text, words[k], words[k + 1]) { k -= 1 }
        guard k >= 0 else { return false }
        let gap = text[words[k].range.upperBound..<words[k + 1].range.lowerBound]
        let comma = gap.contains(UInt8(ascii: ","))
        if let placeEnd, k == placeEnd, comma { return true }
        if let placeEnd, k == placeEnd + 1, ["and", "or"].contains(words[k].lower) { return true }
        return comma && Self.settlementNouns.contains(words[k].lower)
    }

    /// "her London home", "the Kathmandu valley": a determiner, the name,
    /// then a lowercase noun.
    private func isModifier(_ first: Int, _ last: Int, words: [Word], text: [UInt8]) -> Bool {
        guard first > 0, last + 1 < words.count, Self.determiners.contains(words[first - 1].lower) else { return false }
        let next = words[last + 1]
        return !next.isCapitalised && !next.isNumeric && !Stopwords.english.contains(next.lower)
            && onlySpaces(text, words[last], next) && !words[last].lower.hasASCIISuffix("'s")
    }

    private func onlySpaces(_ text: [UInt8], _ a: Word, _ b: Word) -> Bool {
        text[a.range.upperBound..<b.range.lowerBound].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The words from first to last as written, without a possessive.
    private func name(_ words: [Word], _ first: Int, _ last: Int, _ text: [UInt8]) -> String {
        var range = words[first].range.lowerBound..<words[last].range.upperBound
        if text[range].reversed().starts(with: Array("s'".utf8)) { range = range.lowerBound..<(range.upperBound - 2) }
        return String(decoding: text[range], as: UTF8.self)
    }

    static let locatives: WordSet = [
        "in", "at", "near", "outside", "inside", "within", "from", "across", "throughout", "around",
    ]
    /// Words that may stand between a locative and the place: "in the heart
    /// of", "outside central".
    static let positionWords: WordSet = [
        "the", "a", "central", "downtown", "heart", "of", "centre", "center", "outskirts", "edge", "suburbs",
        "suburb", "city", "town", "village", "capital", "streets", "rural", "inner", "outer", "upstate",
        "northern", "southern", "eastern", "western", "coastal", "part", "parts", "region", "province",
        "state", "area", "port", "greater", "nearby", "neighbouring", "neighboring", "southernmost",
        "northernmost", "far",
    ]
    static let directions: WordSet = [
        "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
        "northwest", "southeast", "southwest", "central", "northern", "southern", "eastern", "western",
        "greater", "downtown", "inner", "outer",
    ]
    /// "the capital, Kathmandu".
    static let settlementNouns: WordSet = ["capital", "city", "town", "village", "state", "province", "region"]
    static let determiners: WordSet = ["the", "a", "an", "her", "his", "their", "its", "our", "my", "your"]
    static let connectors: WordSet = ["and", "of", "upon", "de", "la", "del", "da", "do", "al", "el", "es", "sur", "am"]
    /// Stopwords that are names or parts of names when capitalised; titles
    /// stay in a run so "Ms Jackson" is no place.
    static let nameStopwords: WordSet = ["new", "us", "mr", "mrs", "ms", "dr"]

    /// Venue nouns and the kind each names.
    static let venueHeads: WordMap<String> = [
        "court": "court", "courthouse": "court", "courtroom": "court",
        "hotel": "hotel", "stadium": "stadium", "arena": "stadium",
        "airport": "airport", "airfield": "airport", "hospital": "hospital", "infirmary": "hospital",
        "station": "station", "prison": "prison", "jail": "prison", "gaol": "prison",
        "palace": "palace", "square": "square", "cathedral": "cathedral", "theatre": "theatre",
        "theater": "theatre",
    ]
    /// Words of venue names that do not tell one venue from another of its
    /// kind: "Crown", "County", "Royal".
    static let venueGeneric: WordSet = [
        "crown", "county", "magistrates", "magistrates'", "magistrate", "royal", "general", "international",
        "national", "central", "city", "st", "saint", "the", "of", "new", "old", "memorial", "district",
        "federal", "supreme", "high", "superior", "municipal", "regional", "state", "university", "main",
        "grand", "family", "court",
    ]
}
