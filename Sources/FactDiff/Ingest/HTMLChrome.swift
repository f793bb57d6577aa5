import LibXML

/// Page furniture: the parts of a news page that are not the story (menus,
/// share bars, adverts, comments, captions) and must not reach the
/// comparison, where a date in a "related stories" teaser or a comment
/// would be read as the outlet's claim.
enum HTMLChrome {
    enum Verdict: Equatable {
        /// Part of the story as far as the markup tells.
        case content
        /// Never part of the story.
        case skip
        /// Named like furniture (`class="share-bar"`), but a class such as
        /// `with-sidebar` or `has-ads` on a wrapper names its layout, not
        /// its content: the reader skips it unless it holds most of the text.
        case flagged
    }

    /// Elements that never hold story text. `<figure>` and `<figcaption>`
    /// are here because captions repeat the story in fragments, and
    /// `<header>` because a page's header is navigation and an article's is
    /// the headline, byline and date, which the reader takes from metadata.
    static let skippedTags: WordSet = [
        "nav", "header", "footer", "aside", "form", "script", "style", "noscript", "iframe", "svg",
        "button", "figure", "figcaption", "template", "select", "textarea", "dialog", "menu", "video",
        "audio", "object", "canvas", "math",
    ]

    /// ARIA landmarks that are furniture whatever their element.
    static let skippedRoles: WordSet = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    ]

    /// Whole words of a class or id that name furniture.
    static let tokens: WordSet = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "mpu", "promo", "promos",
        "promoted", "sponsor", "sponsored", "comment", "comments", "share", "sharing", "social",
        "related", "newsletter", "subscribe", "cookie", "cookies", "consent", "breadcrumb",
        "breadcrumbs", "menu", "sidebar", "popup", "modal", "paywall", "outbrain", "taboola", "byline",
        "caption", "credit",
    ]

    /// Words that mark a section to skip whatever its size: a long comment
    /// thread is still not the story.
    static let alwaysSkippedTokens: WordSet = ["comment", "comments"]

    /// Elements that structure the whole page or story: a class on them
    /// (`<body class="comments-open">`) describes the page, so it can flag
    /// them but never skip them outright.
    static let structuralTags: WordSet = ["html", "body", "main", "article"]

    /// Display state (`hidden`, `aria-hidden`, `display: none`) is not a
    /// signal: a saved page captures it mid-interaction, when an open modal
    /// has hidden the whole page or "continue reading" the rest of the story.
    ///
    /// `header` is allowed when looking inside an `<article>` for its `<h1>`
    /// or `<time>`, which its header holds.
    static func verdict(_ element: ParsedHTMLElement, allowHeader: Bool = false) -> Verdict {
        if skippedTags.contains(element.name), !(allowHeader && element.name == "header") { return .skip }
        var result = Verdict.content
        for attribute in element.attributes {
            switch attribute.name {
            case "role" where skippedRoles.contains(attribute.value.lowercased()):
                return .skip
            case "class", "id":
                switch classify(attribute.value) {
                case .skip where !structuralTags.contains(element.name): return .skip
                case .skip, .flagged: result = .flagged
                case .content: break
                }
            default:
                break
            }
        }
        return result
    }

    /// Splits a class or id value into words at anything but a letter or
    /// digit, between letters and digits, and at a lowercase-to-uppercase
    /// step, so `header-ad`, `ad_slot`, `adSlot` and `ad2` name an advert
    /// but `shadow`, `download` and `header` do not.
    static func classify(_ value: String) -> Verdict {
        var result = Verdict.content
        var word: [UInt8] = []
        var previous: UInt8 = 0
        func finish() {
            guard !word.isEmpty else { return }
            let token = String(decoding: word, as: UTF8.self)
            if alwaysSkippedTokens.contains(token) {
                result = .skip
            } else if result == .content, tokens.contains(token) {
                result = .flagged
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let wasLower = previous >= UInt8(ascii: "a") && previous <= UInt8(ascii: "z")
            let wasDigit = previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")
            if !(isUpper || isLower || isDigit) || (isUpper && wasLower) || (isDigit != wasDigit && !word.isEmpty) {
                finish()
            }
            if isUpper || isLower || isDigit { word.append(isUpper ? byte + 0x20 : byte) }
            previous = byte
        }
        finish()
        return result
    }
}
