/** The text a PDF shows, page by page, as a PDF reader extracts it (pdfjs-dist), blanks collapsed. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const words = content.items.map((item) => ("str" in item ? item.str : ""));
    pages.push(words.join(" ").replace(/\s+/g, " ").trim());
  }
  await document.destroy();
  return pages;
}

/** All pages' text as one string. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join("\n");
}

/** Text without any blanks: a quote wrapped over two lines of a table cell still matches. */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}
