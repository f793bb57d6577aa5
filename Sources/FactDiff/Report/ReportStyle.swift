/// The report's stylesheet, inline so the file stands alone.
enum ReportStyle {
    static let css = """
        :root { --fg: #1b1b1b; --bg: #ffffff; --muted: #555555; --line: #d0d0d0;
          --error: #b00020; --warning: #8a5a00; --mark: #fff1a8; --row: #f6f6f6; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e8e8e8; --bg: #161616; --muted: #b0b0b0; --line: #444444; --error: #ff8a80;
            --warning: #ffcc66; --mark: #5c4b00; --row: #202020; }
        }
        body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 80rem; padding: 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        td.number { text-align: right; }
        .summary { color: var(--muted); }
        article.conflict { border: 1px solid var(--line); border-left: 6px solid var(--error); padding: .8rem 1rem; margin: 1rem 0; }
        article.conflict.warning { border-left-color: var(--warning); }
        .badge { text-transform: uppercase; font-size: .8rem; font-weight: bold; color: var(--error); }
        .warning .badge { color: var(--warning); }
        blockquote { margin: .2rem 0 .6rem; }
        mark { background: var(--mark); color: inherit; font-weight: bold; }
        .fingerprint { font-size: .8rem; color: var(--muted); }
        .scroll { overflow-x: auto; }
        .side-by-side td { width: 45%; }
        .side-by-side td.link { width: auto; white-space: nowrap; }
        tr.single { background: var(--row); }
        tr.has-conflict td { border-top: 2px solid var(--error); border-bottom: 2px solid var(--error); }
        .sentence { margin: 0; }
        .sentence.headline { font-weight: bold; }
        .sentence.caption { font-style: italic; }
        .tag { color: var(--muted); font-size: .85rem; }
        a { color: inherit; }
        @media print { .scroll { overflow: visible; } article.conflict { break-inside: avoid; } }
        """
}
