import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './playground.css';

// Pages other than the forms are their own chunks, loaded when their route is opened.
const ReviewPage = lazy(() => import('./review/ReviewPage.js'));
const DesignerPage = lazy(() => import('./designer/DesignerPage.js'));

function Routes() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (/^#\/review(\/|$)/.test(hash)) return <Suspense fallback={null}><ReviewPage /></Suspense>;
  if (hash.startsWith('#/designer')) return <Suspense fallback={null}><DesignerPage /></Suspense>;
  return <App />;
}

createRoot(document.getElementById('app')!).render(<StrictMode><Routes /></StrictMode>);
