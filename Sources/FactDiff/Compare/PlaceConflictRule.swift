import Foundation

extension ConflictKind {
    public static let place = ConflictKind(rawValue: "place")
}

/// Two sentences about one event that put it in places that cannot both be
/// right: two different cities, a city in another country, two courts or
/// two hotels of different names.
///
/// Places are compared through the gazetteer's containment, so a city, its
/// region and its country agree (Hamburg and Germany), and so do a city and
/// one of its districts (Blackheath and London). A name the gazetteer does
/// not know, and is no venue, is never compared: news names buildings,
/// streets and landmarks ("the Louvre", "Ladbroke Grove") that a gazetteer
/// of towns cannot place. A venue is compared only with a venue of its kind,
/// never with a town: the Lusail Stadium is somewhere in Qatar.
///
/// A place must disagree with every place the other sentence names, not only
/// the one it is paired with: "at the Capella hotel in Singapore" and "at the
/// Shangri-La hotel in Singapore" disagree on the hotel, not the city; and a
/// sentence that writes the name at all ("to link Reading and Heathrow")
/// does not deny it.
///
/// Places of aligned sentences pair like dates (``MentionPairing``); a near
/// miss is compared only through the sole-place test below, as real copy
/// names many places of other events (on BASIL, pairing near misses like
/// dates gave conflicts of which hardly any were real). Outlets often tie a place to
/// different words ("a jury at Woolwich Crown Court" against "a trial at
/// Southwark Crown Court"), so of the places that leaves unpaired, the one
/// place of each sentence (or the one venue of a kind) is compared if the two sentences
/// speak of the same people: one shared name in aligned sentences; in a near
/// miss two ("Narendra Modi"), and a word near one of the places (or an inflection of it:
/// "watching", "watched") in the other sentence.
///
/// Severity: an error, unless a name stands for several places that do not
/// contain each other ("Lalitpur", in India and in Nepal): then a warning.
public struct PlaceConflictRule: ConflictRule {
    public let kind = ConflictKind.place
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .bundled) {
        self.gazetteer = gazetteer
    }

    public func conflicts(in pair: AlignedPair) -> [Conflict] {
        let placesOfFirst = pair.first.mentions(.place)
        let placesOfSecond = pair.second.mentions(.place)
        guard !placesOfFirst.isEmpty, !placesOfSecond.isEmpty else { return [] }
        let first = Self.single(placesOfFirst, in: pair.first)
        let second = Self.single(placesOfSecond, in: pair.second)
        guard !first.isEmpty, !second.isEmpty else { return [] }
        // Both sentences must tie the place to one event word: aligned
        // sentences share a topic, but "fighting in Afghanistan" and "a
        // speech in Connecticut" place different things.
        var pairs = pair.aligned
            ? MentionPairing.pairs(first, in: pair.first, second, in: pair.second, aligned: true).filter { m, n in
                let a = MentionPairing.eventWord(of: m, words: pair.first.words)
                return a != nil && a == MentionPairing.eventWord(of: n, words: pair.second.words)
            }
            : []
        let leftA = first.filter { m in !pairs.contains { $0.0.range == m.range } }
        let leftB = second.filter { n in !pairs.contains { $0.1.range == n.range } }
        if let sole = Self.soleComparable(leftA, leftB, pair: pair, places: (first, second)) { pairs.append(sole) }
        var result: [Conflict] = []
        for (m, n) in pairs {
            guard let x = m.value.downcast(to: PlaceMention.self), let y = n.value.downcast(to: PlaceMention.self),
                x.isCompatible(with: y) == false,
                !second.contains(where: { Self.agree(x, $0) }), !first.contains(where: { Self.agree(y, $0) }),
                !Self.names(m.text, in: pair.second), !Self.names(n.text, in: pair.first)
            else { continue }
            let severity: Severity = x.isAmbiguous || y.isAmbiguous ? .warning : .error
            let about = EventPhrase.between(pair.first, pair.second, near: m).map { " for \"\($0)\"" } ?? ""
            let message =
                "\(pair.first.article.id) says \(x.spoken(in: gazetteer)), \(pair.second.article.id) says \(y.spoken(in: gazetteer))\(about)"
            result.append(.between(kind, severity, message: message, in: pair, (m, x.description), (n, y.description)))
        }
        return result
    }

    /// Places not listed with others: "attorneys general in Utah and New
    /// Mexico" names a set of places, and two sets of different states say
    /// nothing against each other.
    static func single(_ places: [Mention], in side: AlignedPair.Side) -> [Mention] {
        guard places.count > 1 else { return places }
        let text = side.bytes
        func listed(_ a: Mention, _ b: Mention) -> Bool {
            guard a.range.upperBound <= b.range.lowerBound else { return false }
            var gap = text[a.range.upperBound..<b.range.lowerBound]
            // Spaces and tabs trimmed on the bytes; a gap with any other
            // byte beyond ASCII goes through Foundation, whose white space
            // includes Unicode's other spaces.
            guard !gap.contains(where: { $0 >= 0x80 }) else {
                return Self.isListJoiner(String(decoding: gap, as: UTF8.self).trimmingCharacters(in: .whitespaces))
            }
            while let first = gap.first, first == 0x20 || first == 0x09 { gap.removeFirst() }
            while let last = gap.last, last == 0x20 || last == 0x09 { gap.removeLast() }
            return Self.isListJoiner(String(decoding: gap, as: UTF8.self))
        }
        return places.filter { m in !places.contains { n in listed(m, n) || listed(n, m) } }
    }

    private static func isListJoiner(_ gap: String) -> Bool {
        gap == "and" || gap == "or" || gap == "," || gap == ", and" || gap == ", or"
    }

    /// Whether the sentence writes the name too, where the extractor did not
    /// take it for a place ("link Reading and Heathrow"): a sentence that
    /// names a place does not deny it.
    static func names(_ name: String, in side: AlignedPair.Side) -> Bool {
        let target = Word.split(name).map(\.lower)
        guard !target.isEmpty, side.words.count >= target.count else { return false }
        let lowered = side.words.map { $0.lower.hasASCIISuffix("'s") ? String($0.lower.dropLast(2)) : $0.lower }
        for start in 0...(lowered.count - target.count) where side.words[start].isCapitalised {
            if Array(lowered[start..<(start + target.count)]) == target { return true }
        }
        return false
    }

    private static func agree(_ value: PlaceMention, _ mention: Mention) -> Bool {
        guard let other = mention.value.downcast(to: PlaceMention.self) else { return false }
        return value.isCompatible(with: other) == true
    }

    /// The one comparable place of each sentence, when the two sentences
    /// speak of the same people (see the type's comment).
    static func soleComparable(
        _ first: [Mention], _ second: [Mention], pair: AlignedPair, places: ([Mention], [Mention])
    ) -> (Mention, Mention)? {
        var found: (Mention, Mention)?
        for m in first {
            for n in second {
                guard let x = m.value.downcast(to: PlaceMention.self), let y = n.value.downcast(to: PlaceMention.self), x.isCompatible(with: y) != nil else {
                    continue
                }
                let othersA = first.filter { ($0.value.downcast(to: PlaceMention.self)).map { x.isCompatible(with: $0) != nil } ?? false }
                let othersB = second.filter { ($0.value.downcast(to: PlaceMention.self)).map { y.isCompatible(with: $0) != nil } ?? false }
                guard othersA.count == 1, othersB.count == 1, found == nil else { return nil }
                found = (m, n)
            }
        }
        guard let (m, n) = found else { return nil }
        let namesA = names(in: pair.first, except: places.0)
        let namesB = names(in: pair.second, except: places.1)
        let shared = namesA.intersection(namesB)
        guard let x = m.value.downcast(to: PlaceMention.self), let y = n.value.downcast(to: PlaceMention.self) else { return nil }
        // Two venues of one kind (two hotels, two courts) for one story's
        // people are rarely both right.
        // Not when a distinctive word of either is in the other sentence:
        // "the Simpson court" against "O.J. Simpson appears ... at Clark
        // County District Court" names the defendant, not a second court.
        if case .venue(_, _, let a) = x.reference, case .venue(_, _, let b) = y.reference {
            let wordsA = Set(pair.first.words.map(\.lower)), wordsB = Set(pair.second.words.map(\.lower))
            guard a.isDisjoint(with: wordsB), b.isDisjoint(with: wordsA) else { return nil }
            return shared.isEmpty ? nil : (m, n)
        }
        // Two towns of one country for one person are most often two stops
        // of a tour (on BASIL: Missouri and Tampa, Washington and
        // Georgetown): only places in different countries are compared, and
        // only when the sentences share two names and a word of the event.
        // And one of them must be a city: two countries in one sentence
        // pair are far more often two sides of a story (talks between the
        // US and Afghanistan) than two answers to where.
        func isCity(_ p: PlaceMention) -> Bool {
            if case .places(let places) = p.reference { return places.allSatisfy { $0.kind == .city } }
            return false
        }
        guard shared.count >= 2, !x.countries.isEmpty, !y.countries.isEmpty, x.countries.isDisjoint(with: y.countries),
            !x.isAmbiguous, !y.isAmbiguous, isCity(x) || isCity(y)
        else {
            return nil
        }
        let nearA = MentionPairing.context(of: m, words: pair.first.words, terms: pair.first.contentTerms.byWord).subtracting(namesA)
        let nearB = MentionPairing.context(of: n, words: pair.second.words, terms: pair.second.contentTerms.byWord).subtracting(namesB)
        let sharesEvent =
            nearA.contains { sameWord($0, in: pair.second.words, except: namesB) }
            || nearB.contains { sameWord($0, in: pair.first.words, except: namesA) }
        return sharesEvent ? (m, n) : nil
    }

    /// Names of people and bodies in a sentence: capitalised words past the
    /// first that are no function word, title, weekday, month or place.
    static func names(in side: AlignedPair.Side, except places: [Mention]) -> Set<String> {
        var result: Set<String> = []
        for word in side.words.dropFirst() where word.isCapitalised && !word.isNumeric {
            guard !places.contains(where: { $0.range.overlaps(word.range) }) else { continue }
            let bare = word.lower.hasASCIISuffix("'s") ? String(word.lower.dropLast(2)) : word.lower
            guard !Stopwords.english.contains(bare), !MentionPairing.titles.contains(bare),
                DateWords.weekdays[bare] == nil, DateWords.months[bare] == nil
            else { continue }
            result.insert(bare)
        }
        return result
    }

    /// The word, or one of its inflections ("watching", "watched"), in the
    /// sentence, other than as a name or title: the same first five letters,
    /// when both have five or more.
    static func sameWord(_ term: String, in words: [Word], except names: Set<String>) -> Bool {
        guard !MentionPairing.titles.contains(term), !MentionPairing.vague.contains(term) else { return false }
        return words.contains { word in
            guard !word.isNumeric else { return false }
            let other = Word.normalise(word.lower)
            guard !names.contains(other), !names.contains(word.lower), !Stopwords.english.contains(other) else { return false }
            if other == term { return true }
            return term.count >= 5 && other.count >= 5 && term.prefix(5) == other.prefix(5)
        }
    }
}
