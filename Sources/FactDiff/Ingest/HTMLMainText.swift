import LibXML

/// A run of story text from a page, and the line of the element it came from.
struct HTMLTextBlock: Hashable {
    var text: String
    var line: Int
}

/// The element of a page that holds the story, and the story's paragraphs.
///
/// The container is the `<article>` with the most paragraph text, else the
/// element marked `itemprop="articleBody"`, else `<main>`, else `<body>`.
/// An `<article>` with less than half of the page's paragraph text is taken
/// for a teaser card on a page whose story sits elsewhere, and passed over.
/// Paragraphs are `<p>` elements, and `<blockquote>`s without one, in
/// document order, outside ``HTMLChrome`` furniture.
struct HTMLMainText {
    var container: ParsedHTMLElement
    /// Whether a `<header>` inside the container is the story's (its `<h1>`,
    /// byline and `<time>`) rather than the site's: true unless the
    /// container is the whole `<body>`.
    var headerIsStory: Bool
    var paragraphs: [HTMLTextBlock]

    init(root: ParsedHTMLElement) {
        var articles: [ParsedHTMLElement] = []
        var articleBody: ParsedHTMLElement?
        var main: ParsedHTMLElement?
        var body: ParsedHTMLElement?
        root.walk(enter: { element in
            // Only plain furniture hides a candidate: a teaser <article> in
            // a flagged "related" box loses on length anyway.
            if HTMLChrome.verdict(element) == .skip { return .skipChildren }
            switch element.name {
            case "article": articles.append(element)
            case "main" where main == nil: main = element
            case "body" where body == nil: body = element
            default: break
            }
            if articleBody == nil, let itemprop = element.attribute("itemprop"),
                itemprop.split(whereSeparator: \.isWhitespace).contains(where: { $0.lowercased() == "articlebody" })
            {
                articleBody = element
            }
            return .descend
        })

        let page = body ?? root
        let pageLength = Self.length(Self.paragraphs(in: page, skippingArticles: false))
        var best: (element: ParsedHTMLElement, paragraphs: [HTMLTextBlock], length: Int)?
        for article in articles {
            let paragraphs = Self.paragraphs(in: article, skippingArticles: true)
            let length = Self.length(paragraphs)
            if length > best?.length ?? 0 { best = (article, paragraphs, length) }
        }
        if let best, best.length * 2 >= pageLength {
            self.init(container: best.element, headerIsStory: true, paragraphs: best.paragraphs)
            return
        }
        if let articleBody {
            let paragraphs = Self.paragraphs(in: articleBody, skippingArticles: false)
            if !paragraphs.isEmpty {
                self.init(container: articleBody, headerIsStory: true, paragraphs: paragraphs)
                return
            }
        }
        if let main {
            let paragraphs = Self.paragraphs(in: main, skippingArticles: false)
            if !paragraphs.isEmpty {
                self.init(container: main, headerIsStory: true, paragraphs: paragraphs)
                return
            }
        }
        self.init(container: page, headerIsStory: false, paragraphs: Self.paragraphs(in: page, skippingArticles: false))
    }

    private init(container: ParsedHTMLElement, headerIsStory: Bool, paragraphs: [HTMLTextBlock]) {
        self.container = container
        self.headerIsStory = headerIsStory
        self.paragraphs = paragraphs
    }

    /// The first `<h1>` of the story, for pages without a title in their
    /// metadata.
    func firstHeading() -> HTMLTextBlock? {
        var found: HTMLTextBlock?
        search { element in
            guard element.name == "h1" else { return false }
            let text = HTMLText.visible(element)
            if !text.isEmpty { found = HTMLTextBlock(text: text, line: element.line) }
            return found != nil
        }
        return found
    }

    /// The `datetime` of the story's first `<time>` that has one.
    func firstTimestamp() -> HTMLTextBlock? {
        var found: HTMLTextBlock?
        search { element in
            guard element.name == "time", let value = element.attribute("datetime"), !value.isEmpty else {
                return false
            }
            found = HTMLTextBlock(text: value, line: element.line)
            return true
        }
        return found
    }

    /// Visits the container's elements outside furniture until `found` says so.
    private func search(_ found: (ParsedHTMLElement) -> Bool) {
        container.walk(enter: { element in
            if HTMLChrome.verdict(element, allowHeader: headerIsStory) == .skip { return .skipChildren }
            return found(element) ? .stop : .descend
        })
    }

    // MARK: - Paragraphs

    /// The paragraphs inside `container`. Furniture is left out; an element
    /// only *named* like furniture (``HTMLChrome/Verdict/flagged``) is left
    /// out unless it holds more than half of the paragraph text, which makes
    /// it a wrapper whose class describes the layout.
    static func paragraphs(in container: ParsedHTMLElement, skippingArticles: Bool) -> [HTMLTextBlock] {
        var found: [(block: HTMLTextBlock, flags: [Int])] = []
        var flags: [Int] = []  // the flagged elements we are inside, by number
        var pushed: [Bool] = []  // for each element entered: did it add a flag?
        var flagCount = 0
        var isContainer = true
        // For each element entered: its line when it holds flattened text
        // (a page nested deeper than HTMLParser.maximumDepth), else nil.
        var flattened: [Int?] = []
        container.walk(
            enter: { element in
                if isContainer {
                    isContainer = false
                    pushed.append(false)
                    flattened.append(element.flattened ? element.line : nil)
                    return .descend
                }
                if skippingArticles && element.name == "article" { return .skipChildren }
                let verdict = HTMLChrome.verdict(element)
                if verdict == .skip { return .skipChildren }
                if element.name == "p" || (element.name == "blockquote" && !containsParagraph(element)) {
                    let text = verdict == .content ? HTMLText.visible(element) : ""
                    if !text.isEmpty { found.append((HTMLTextBlock(text: text, line: element.line), flags)) }
                    return .skipChildren
                }
                pushed.append(verdict == .flagged)
                flattened.append(element.flattened ? element.line : nil)
                if verdict == .flagged {
                    flags.append(flagCount)
                    flagCount += 1
                }
                return .descend
            },
            text: { string in
                // Text of elements nested too deep to keep: a paragraph a line.
                guard let line = flattened.last ?? nil else { return }
                for piece in string.split(separator: "\n") {
                    let text = HTMLText.collapsed(String(piece))
                    if !text.isEmpty { found.append((HTMLTextBlock(text: text, line: line), flags)) }
                }
            },
            exit: { _ in
                flattened.removeLast()
                if pushed.removeLast() { flags.removeLast() }
            })
        guard flagCount > 0 else { return found.map(\.block) }
        let total = found.reduce(0) { $0 + $1.block.text.utf8.count }
        var sizes = [Int](repeating: 0, count: flagCount)
        for (block, ids) in found {
            for id in ids { sizes[id] += block.text.utf8.count }
        }
        return found.filter { $0.flags.allSatisfy { sizes[$0] * 2 > total } }.map(\.block)
    }

    private static func containsParagraph(_ element: ParsedHTMLElement) -> Bool {
        var found = false
        element.walk(enter: { inner in
            found = inner.name == "p"
            return found ? .stop : .descend
        })
        return found
    }

    private static func length(_ paragraphs: [HTMLTextBlock]) -> Int {
        paragraphs.reduce(0) { $0 + $1.text.utf8.count }
    }
}
