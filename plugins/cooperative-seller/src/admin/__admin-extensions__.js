
      // Auto-generated index file for Medusa Admin UI extensions
    

const widgetModule = { widgets: [
  
] }
    import RouteComponent0, { config as HandleConfig0 } from "/work/main/plugins/cooperative-seller/src/admin/routes/cooperatives/page.tsx"
import RouteComponent1 from "/work/main/plugins/cooperative-seller/src/admin/routes/cooperatives/[id]/page.tsx"

const routeModule = { routes: [
    {
    Component: RouteComponent0,
    path: "/cooperatives",
    handle: { label: HandleConfig0.label, translationNs: HandleConfig0.translationNs }
  },
{
    Component: RouteComponent1,
    path: "/cooperatives/:id"
  }
]
 }
    import { config as RouteConfig0 } from "/work/main/plugins/cooperative-seller/src/admin/routes/cooperatives/page.tsx"

const menuItemModule = { menuItems: [
    {
    label: RouteConfig0.label,
    icon: RouteConfig0.icon,
    path: "/cooperatives",
    nested: undefined,
    rank: undefined,
    translationNs: undefined
  }
]
 }
    

const formModule = { customFields: {
  
} }
    

const displayModule = { 
    displays: {
      
    }
   }
    import { deepMerge } from "@medusajs/admin-shared"

const i18nModule = { resources: {} }
    

const cellRendererModule = {}
    

const layoutModule = { layouts: [
  
] }
    

const searchEntityModule = {}

    const plugin = {
      widgetModule,
      routeModule,
      menuItemModule,
      formModule,
      displayModule,
      i18nModule,
      cellRendererModule,
      layoutModule,
      searchEntityModule
    }

    export default plugin
    