// Tagging a stance from a selection: the selected text of the article becomes the quote, with its offsets in the
// article's text (each paragraph carries its own offset as data-start). Without this script, the quote is pasted.
(function () {
  "use strict";
  var form = document.getElementById("add-stance");
  var text = document.querySelector(".article-text .text");
  if (!form || !text) {
    return;
  }

  // The offset in the article text of a point (node, offset) inside a paragraph.
  function offsetOf(node, offset) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    var paragraph = element && element.closest("p[data-start]");
    if (!paragraph || !text.contains(paragraph)) {
      return null;
    }
    var range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return parseInt(paragraph.getAttribute("data-start"), 10) + range.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var range = selection.getRangeAt(0);
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      return;
    }
    form.querySelector("#quote-start").value = start;
    form.querySelector("#quote-end").value = end;
    form.querySelector("#quote").value = range.toString();
  });

  // A quote typed or pasted by hand has no offsets: the server finds it in the text.
  form.querySelector("#quote").addEventListener("input", function () {
    form.querySelector("#quote-start").value = "";
    form.querySelector("#quote-end").value = "";
  });
})();
