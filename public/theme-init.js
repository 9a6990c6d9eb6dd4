// Applies the saved or system theme before first paint, so the page never flashes the wrong one.
(function () {
  try {
    var saved = localStorage.getItem('papershelf:theme');
    var dark =
      saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    /* storage disabled: follow the system via CSS only */
  }
})();
