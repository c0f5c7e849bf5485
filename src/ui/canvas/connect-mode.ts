/**
 * Connect mode, as the canvas tells its products: one context value, so turning it on re-renders the
 * products once, with no subscription per product.
 */
import { createContext, useContext } from 'react';

export const ConnectModeContext = createContext(false);

export const useConnectMode = (): boolean => useContext(ConnectModeContext);

/** The id of the handle that covers a whole product in connect mode. */
export const BODY_HANDLE = 'body';
