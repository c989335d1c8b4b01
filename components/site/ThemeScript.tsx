// Applies the reader's saved theme before the first paint, so the wrong theme never flashes.
// With no saved choice the page follows the system (see the `dark` variant in globals.css).
const SCRIPT = `(function(){try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
