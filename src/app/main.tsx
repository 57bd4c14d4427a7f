import { createRoot } from 'react-dom/client';
import { bootstrap } from './bootstrap';
import './styles.css';

const container = document.getElementById('root');
if (container) void bootstrap(createRoot(container));
