/// The HTML handout's only style, inside the file: system fonts (nothing to fetch), a readable
/// column on screen, and for print numbered A4 pages, the title and contents on the first, each
/// section of the toolkit starting a page; a task item's checkbox is drawn as a plain square
/// (filled when written checked) that prints as it shows, with room to tick it by hand.
enum HandoutStylesheet {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 44em; padding: 1.5em 1.25em 4em; font: 16px/1.5 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fff; }
        h1, h2, h3, h4, h5, h6, nav, .number, table { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.9em; line-height: 1.2; margin: 0.5em 0; }
        h2 { font-size: 1.45em; line-height: 1.25; margin: 0 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid #1a1a1a; }
        h3 { font-size: 1.1em; margin: 1.3em 0 0.4em; }
        h4, h5, h6 { font-size: 1em; margin: 1.1em 0 0.3em; }
        .number { color: #555; font-weight: normal; }
        section.page { margin-top: 3em; }
        section.section > h2 { border-bottom-width: 4px; }
        a { color: #0b4f8a; }
        blockquote { margin: 1em 0; padding: 0 1em; border-left: 4px solid #ccc; color: #333; }
        pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        pre { background: #f4f4f4; padding: 0.6em 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.92em; }
        th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; vertical-align: top; }
        th { background: #f0f0f0; }
        nav ul, nav ol { padding-left: 1.2em; }
        nav.contents ol { list-style: none; padding-left: 0; }
        nav.contents ol ol { padding-left: 1.5em; }
        nav.items li, nav.contents li { margin: 0.2em 0; }
        nav.what-next { font-size: 0.9em; color: #444; }
        nav.what-next ul { display: flex; flex-wrap: wrap; gap: 0.2em 1.2em; list-style: none; padding: 0; }
        li:has(> input[type=checkbox]) { list-style: none; margin-left: -1.5em; padding-left: 1.56em; text-indent: -1.56em; margin-bottom: 0.25em; }
        li > input[type=checkbox] { appearance: none; width: 1.05em; height: 1.05em; margin: 0 0.45em 0 0; vertical-align: -0.2em; border: 1.5px solid #1a1a1a; border-radius: 2px; background: #fff; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        li > input[type=checkbox]:checked { background: #1a1a1a; box-shadow: inset 0 0 0 2.5px #fff; }
        .summary { color: #555; }
        .sources { font-size: 0.85em; overflow-wrap: anywhere; }
        .updated { color: #555; }
        @page {
          size: A4; margin: 18mm 16mm 20mm;
          @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #555; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          header h1 { margin-top: 0; }
          nav.contents { font-size: 9pt; line-height: 1.3; }
          nav.contents h2 { font-size: 12pt; margin-bottom: 0.3em; }
          nav.contents li { margin: 0; break-inside: auto; }
          a { color: inherit; text-decoration: none; }
          section.section { break-before: page; }
          section.page { margin-top: 2em; }
          h2, h3, h4, h5, h6 { break-after: avoid; }
          pre, blockquote, tr, li { break-inside: avoid; }
          nav.what-next { display: none; }
        }
        """
}
