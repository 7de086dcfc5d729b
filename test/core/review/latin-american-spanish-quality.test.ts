/**
 * How buyers in Mexico, Colombia, Chile and Argentina ask for quality, often half in English: "bien" and "re" for
 * "very" ("bien absorbente", "Colores bien vivos"), small and warm forms ("tela fresquita", "bien suavecitas"), a
 * subjunctive after "que" for what the goods must do ("que aguante muchas lavadas", "que la tela respire"), a
 * grade after "calidad" ("calidad hotel 5 estrellas"). None of it says how it would be checked.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesOf = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("Latin American Spanish quality wishes", () => {
  it.each([
    ["Y buena compresión en el arco porfa, los clientes de running se quejaron", "buena compresión"],
    ["precio ok, pero que sea bien absorbente y que no se resbale", "bien absorbente"],
    [
      "Lo más importante: tela que no transparente al hacer sentadillas y costuras resistentes.",
      "costuras resistentes",
    ],
    ["And the colors... que no destiñan, the last supplier the gray was fading", "que no destiñan"],
    ["And the pillow cases bien suavecitas, like hotel.", "bien suavecitas"],
    ["Necesito que tengan buen agarre y que aguanten el uso de box todos los días", "buen agarre"],
    [
      "Necesito que tengan buen agarre y que aguanten el uso de box todos los días",
      "que aguanten el uso de box",
    ],
    ["y una tela fresquita, aquí en Monterrey hace 40 grados jaja", "tela fresquita"],
    ["Ah y que aguante muchas lavadas sin perder forma", "que aguante muchas lavadas"],
    ["con logo bordado 1 color, que se vea bonito", "que se vea bonito"],
    ["And the fabric has to be one that doesn't pill, que no haga bolitas.", "que no haga bolitas"],
    ["Color base azul. Colores bien vivos eh, que no se vean lavados", "Colores bien vivos"],
    ["Y que la tela respire, acá en enero hace 38 grados", "que la tela respire"],
    ["Que sean bien esponjosas y con calidad hotel 5 estrellas", "calidad hotel"],
  ])("%j is flagged (%s)", (text, quote) => {
    expect(quotesOf(text).some((found) => found.includes(quote) || quote.includes(found))).toBe(true);
  });

  it.each([
    "Dale, buen precio, listo",
    "que sea de 300 gsm y 70x140 cm",
    "Que la tela resista 50 lavados a 40 °C según ISO 6330",
    "precio ok, 3.10 USD, entra al tramo de 3.000 unidades",
    "The 5-star nylon base is 680 mm",
    "Il faut que la couleur soit bien vive",
  ])("%j flags nothing", (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it("reads a spreadsheet's comment cell apart from the figures in the row's other cells", () => {
    const row =
      "ST-910\tPiso de baño algodón 21s\t50x80\t800 gsm\t500\t3.10\tprecio ok, pero que sea bien absorbente";
    expect(quotesOf(row)).toContainEqual(expect.stringContaining("bien absorbente"));
  });
});
