import { renderToStaticMarkup } from "react-dom/server"

import { Highlighted } from "../highlighted"

describe("Highlighted", () => {
  it("marks the matching pieces and leaves the rest as text", () => {
    expect(
      renderToStaticMarkup(
        <Highlighted
          segments={[
            { text: "Táo mèo", match: true },
            { text: " sấy khô", match: false },
          ]}
        />
      )
    ).toBe("<span><mark>Táo mèo</mark> sấy khô</span>")
  })

  it("shows markup from the backend as text, never as HTML", () => {
    const html = renderToStaticMarkup(
      <Highlighted
        segments={[
          { text: "<img src=x onerror=alert(1)>", match: true },
          { text: " & <b>ong</b>", match: false },
        ]}
      />
    )
    expect(html).toBe(
      "<span><mark>&lt;img src=x onerror=alert(1)&gt;</mark> &amp; &lt;b&gt;ong&lt;/b&gt;</span>"
    )
  })
})
