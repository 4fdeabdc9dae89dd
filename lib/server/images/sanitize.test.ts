import { describe, expect, it } from "vitest";
import { safeUrl, sanitizeProductHtml } from "./sanitize";

describe("product HTML sanitising", () => {
  it.each([
    ['<p>Hello <b>bold</b> <em>x</em></p><ul><li>one</li></ul>', '<p>Hello <b>bold</b> <em>x</em></p><ul><li>one</li></ul>'],
    ['<h2>Title</h2><br /><span>s</span>', "<h2>Title</h2><br /><span>s</span>"],
    ["<script>alert(1)</script>ok", "ok"],
    ['<img src=x onerror="alert(1)">', ""],
    ['<p onclick="alert(1)" style="color:red">x</p>', "<p>x</p>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html,hi">x</a>', "<a>x</a>"],
    ['<a href="//evil.example/">x</a>', "<a>x</a>"],
    ['<a href="https://ok.example/" onmouseover="x()">x</a>', '<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    ['<a href="mailto:a@b.c">m</a>', '<a href="mailto:a@b.c" rel="noopener noreferrer nofollow" target="_blank">m</a>'],
    ["<iframe src='https://x'></iframe><style>p{}</style><div>d</div>", "d"],
    ["<svg><script>alert(1)</script></svg>", ""],
  ])("%s", (input, output) => {
    expect(sanitizeProductHtml(input)).toBe(output);
  });

  it("keeps only http(s) URLs for image fields", () => {
    expect(safeUrl("https://x.example/a.jpg")).toBe("https://x.example/a.jpg");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:image/png;base64,xx")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
