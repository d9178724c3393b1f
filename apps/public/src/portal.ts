import './portal.css';
import { enhanceLiveSearch } from './live-search.js';
import { enhanceResponsePage } from './response-page.js';

// Every page works without this script: it only adds search-as-you-type and response-page conveniences.
enhanceLiveSearch(document);
enhanceResponsePage(document);
