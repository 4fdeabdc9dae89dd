/**
 * Upstream product HTML puts text and nested lists straight inside <ul>/<ol> (FinerWorks' own
 * example does). Browsers cope, assistive technology and axe do not: this moves such children
 * into list items, in place. It only moves nodes that are already there (nothing is parsed
 * or created from strings), so it cannot undo the server's sanitising.
 */
export function repairLists(root: ParentNode): void {
  const doc = (root as Node).ownerDocument ?? document;
  for (const list of Array.from(root.querySelectorAll("ul, ol"))) {
    let carrier: Element | null = null;
    let synthetic = false;
    for (const node of Array.from(list.childNodes)) {
      if (node.nodeType === 1 && (node as Element).tagName === "LI") {
        carrier = node as Element;
        synthetic = false;
        continue;
      }
      if (node.nodeType === 8 || (node.nodeType === 3 && !node.textContent?.trim())) continue;
      const isList =
        node.nodeType === 1 &&
        ((node as Element).tagName === "UL" || (node as Element).tagName === "OL");
      if (carrier && (synthetic || isList)) {
        // A nested list belongs to the item before it; stray inline content joins the item we made.
        carrier.appendChild(node);
        continue;
      }
      const item = doc.createElement("li");
      list.insertBefore(item, node);
      item.appendChild(node);
      carrier = item;
      synthetic = true;
    }
  }
}
