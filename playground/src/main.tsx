import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './playground.css';

// #/designer: the form designer, a chunk of its own loaded on first visit.
const DesignerPage = lazy(() => import('./designer/DesignerPage.js'));
const isDesigner = () => location.hash.startsWith('#/designer');

function Root() {
  const [designer, setDesigner] = useState(isDesigner);
  useEffect(() => {
    const onHash = () => setDesigner(isDesigner());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return designer ? <Suspense fallback={null}><DesignerPage /></Suspense> : <App />;
}

createRoot(document.getElementById('app')!).render(<StrictMode><Root /></StrictMode>);
