import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { NotFoundPage } from '../pages/NotFound.js';
import {
  agreementSearch,
  agreementsSearch,
  findingsSearch,
  personsSearch,
  reportedCountsSearch,
  transfersSearch,
} from './searchSchemas.js';
import { OverviewPage } from '../pages/Overview.js';
import { Layout } from './Layout.js';

// Every page but the overview is a chunk of its own, loaded when first opened.
const page = lazyRouteComponent;

const root = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const routes = [
  createRoute({ getParentRoute: () => root, path: '/', component: OverviewPage }),
  createRoute({
    getParentRoute: () => root,
    path: '/sign-in',
    component: page(() => import('../pages/SignIn.js'), 'SignInPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/agreements',
    validateSearch: agreementsSearch,
    component: page(() => import('../pages/Agreements.js'), 'AgreementsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/agreements/$id',
    validateSearch: agreementSearch,
    component: page(() => import('../pages/AgreementRoute.js'), 'AgreementRoute'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/facilities',
    component: page(() => import('../pages/Registry.js'), 'FacilitiesPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/sources/$id',
    component: page(() => import('../pages/Source.js'), 'SourceRoute'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/facilities/$id',
    component: page(() => import('../pages/Facility.js'), 'FacilityRoute'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/transfers',
    validateSearch: transfersSearch,
    component: page(() => import('../pages/Transfers.js'), 'TransfersPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/transfers/$id',
    component: page(() => import('../pages/Transfer.js'), 'TransferRoute'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/sources',
    component: page(() => import('../pages/Registry.js'), 'SourcesPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/persons',
    validateSearch: personsSearch,
    component: page(() => import('../pages/Persons.js'), 'PersonsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/persons/$id',
    component: page(() => import('../pages/PersonRoute.js'), 'PersonRoute'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/findings',
    validateSearch: findingsSearch,
    component: page(() => import('../pages/Findings.js'), 'FindingsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/review',
    component: page(() => import('../pages/Review.js'), 'ReviewPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/imports',
    component: page(() => import('../pages/Imports.js'), 'ImportsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/imports/$id',
    component: page(() => import('../pages/Import.js'), 'ImportPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/locator',
    component: page(() => import('../pages/Locator.js'), 'LocatorPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/reported-counts',
    validateSearch: reportedCountsSearch,
    component: page(() => import('../pages/ReportedCounts.js'), 'ReportedCountsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/conflicts',
    component: page(() => import('../pages/Admin.js'), 'ConflictsPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/audit',
    component: page(() => import('../pages/Admin.js'), 'AuditPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/users',
    component: page(() => import('../pages/Admin.js'), 'UsersPage'),
  }),
];

export const router = createRouter({ routeTree: root.addChildren(routes), defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
