/// The report's stylesheet, inline so the file stands alone. Colours meet
/// WCAG AA contrast (4.5:1 for text) in both schemes; the dark scheme follows
/// the reader's system setting; print drops navigation and keeps cards whole.
enum ReportStyle {
    static let css = """
        :root { --fg: #1b1b1b; --bg: #ffffff; --muted: #4f4f4f; --line: #c4c4c4; --link: #0b57a4;
          --error: #b00020; --warning: #8a5a00; --mark: #fff1a8; --row: #f4f4f4; --conflict-row: #fdeced; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e8e8e8; --bg: #161616; --muted: #b8b8b8; --line: #4a4a4a; --link: #8ab4f8;
            --error: #ff8a80; --warning: #ffcc66; --mark: #5c4b00; --row: #202020; --conflict-row: #3a1d1f; }
        }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 90rem; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin-top: 2.2rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
        a { color: var(--link); }
        .skip { position: absolute; left: -999px; } .skip:focus { position: static; }
        nav ul { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        table.narrow { width: auto; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; white-space: nowrap; }
        .summary { color: var(--muted); }
        .scroll { overflow-x: auto; }
        article.conflict { border: 1px solid var(--line); border-left: 6px solid var(--error); padding: .8rem 1rem; margin: 1rem 0; }
        article.conflict.warning { border-left-color: var(--warning); }
        article.conflict h3 { margin-top: 0; }
        .badge { text-transform: uppercase; font-size: .8rem; font-weight: bold; color: var(--error); }
        .warning .badge { color: var(--warning); }
        .outlier { font-weight: bold; color: var(--error); }
        blockquote { margin: .2rem 0 .8rem; padding-left: .8rem; border-left: 2px solid var(--line); }
        mark { background: var(--mark); color: inherit; font-weight: bold; }
        .label { font-size: .8rem; color: var(--muted); }
        .fingerprint, .byline, .score, .tag, .goto { font-size: .85rem; color: var(--muted); }
        .goto { display: inline-block; }
        .also { font-style: italic; }
        table.alignment th[scope=row] { width: 9rem; font-weight: normal; }
        table.alignment td { min-width: 16rem; }
        tr.single { background: var(--row); }
        tr.has-conflict { background: var(--conflict-row); }
        tr.has-conflict th[scope=row] { border-left: 6px solid var(--error); }
        .only { font-style: italic; }
        .conflict-link { font-weight: bold; }
        .sentence { margin: 0 0 .4rem; }
        .sentence.headline, p.headline { font-weight: bold; }
        .sentence.caption, p.caption { font-style: italic; }
        span.alone { text-decoration: underline dotted var(--muted); }
        article.text { border-top: 1px solid var(--line); margin-top: 1rem; }
        :target { outline: 3px solid var(--link); outline-offset: 2px; }
        footer { margin-top: 2rem; color: var(--muted); font-size: .9rem; }
        @media (max-width: 40rem) {
          body { padding: .5rem; font-size: 15px; }
          table.alignment td { min-width: 12rem; }
          table.alignment th[scope=row] { width: auto; }
        }
        @media print {
          nav, .skip, .goto { display: none; }
          body { max-width: none; font-size: 11pt; }
          .scroll { overflow: visible; }
          article.conflict, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          mark { outline: 1px solid #000; }
        }
        """
}
