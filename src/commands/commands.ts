/**
 * The ribbon's function file. The add-in's only ribbon button opens the task pane (a ShowTaskpane
 * action in manifest.xml), so nothing is registered here; office.js still needs the page to start.
 */
Office.onReady(() => {
  // Nothing to associate: the Home-tab button is declarative.
});
