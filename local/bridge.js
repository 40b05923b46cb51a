/*
 * The local site's Custom UI bridge. @forge/bridge 7.2.0 sends every call
 * through `window.__bridge.callBridge(name, payload)`, read once when each
 * of its modules loads, so this file is injected before the app bundle.
 * The frame knows one thing, the token in its URL; the server holds the
 * rest (module, issue or page, user) and builds the context from it.
 */
(function () {
  'use strict';

  var match = /^\/_local\/frame\/([A-Za-z0-9_-]+)\//.exec(location.pathname);
  var token = match ? match[1] : '';
  var hostMeta = document.querySelector('meta[name="local-site-host"]');
  var hostOrigin =
    (hostMeta && hostMeta.getAttribute('content')) || location.origin;
  var contextPromise = null;
  var listeners = {};

  function post(path, body) {
    body.token = token;
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!data || data.ok !== true) {
          var message =
            data && data.error ? data.error.message : 'HTTP ' + response.status;
          throw new Error(message);
        }
        return data.body;
      });
    });
  }

  function tell(kind, data) {
    var message = { source: 'local-site-bridge', kind: kind };
    for (var name in data) message[name] = data[name];
    window.parent.postMessage(message, hostOrigin);
  }

  /* Only this site's own pages: a path, or a URL on the host's origin. */
  function localPath(payload) {
    payload = payload || {};
    if (typeof payload.url === 'string') {
      var url = new URL(payload.url, hostOrigin);
      if (url.origin !== hostOrigin) return null;
      return url.pathname + url.search + url.hash;
    }
    if (payload.target === 'issue' && payload.issueKey) {
      return '/browse/' + encodeURIComponent(payload.issueKey);
    }
    if (
      (payload.target === 'contentView' || payload.target === 'contentEdit') &&
      payload.contentId
    ) {
      return '/wiki/pages/' + encodeURIComponent(payload.contentId);
    }
    return null;
  }

  function navigate(payload) {
    var path = localPath(payload);
    if (path === null) {
      return Promise.reject(
        new Error('The local site only opens its own pages.'),
      );
    }
    tell('navigate', {
      url: path,
      newTab: payload && payload.type === 'new-tab',
    });
    return Promise.resolve();
  }

  function createHistory() {
    var subscribers = [];
    var history = {
      action: 'POP',
      location: {
        pathname: '/',
        search: '',
        hash: '',
        state: undefined,
        key: 'default',
      },
      listen: function (callback) {
        subscribers.push(callback);
        return function () {
          subscribers = subscribers.filter(function (s) {
            return s !== callback;
          });
        };
      },
      push: function (path, state) {
        change('PUSH', path, state);
      },
      replace: function (path, state) {
        change('REPLACE', path, state);
      },
      go: function () {},
      back: function () {},
      forward: function () {},
    };
    function change(action, path, state) {
      var target =
        typeof path === 'string' ? new URL(path, 'http://history.local') : null;
      history.action = action;
      history.location = target
        ? {
            pathname: target.pathname,
            search: target.search,
            hash: target.hash,
            state: state,
            key: String(Date.now()),
          }
        : Object.assign(
            { search: '', hash: '', key: String(Date.now()) },
            path,
          );
      subscribers.slice().forEach(function (s) {
        s(history.location, action);
      });
    }
    return history;
  }

  /* The host follows the person's light or dark setting, as Atlassian's
     products do; here that setting is the browser's colour scheme. */
  function colorMode() {
    var dark =
      window.matchMedia &&
      window.matchMedia('(prefers-color-scheme: dark)').matches;
    return dark ? 'dark' : 'light';
  }

  function measure() {
    tell('resize', { height: document.documentElement.scrollHeight });
  }

  var handlers = {
    invoke: function (p) {
      return post('/_local/invoke', {
        functionKey: p.functionKey,
        payload: p.payload,
      }).then(function (body) {
        return p.metadata === undefined ? body : { body: body, metadata: {} };
      });
    },
    getContext: function () {
      contextPromise = contextPromise || post('/_local/context', {});
      return contextPromise.then(function (context) {
        return Object.assign({}, context, {
          theme: { colorMode: colorMode() },
        });
      });
    },
    resize: function (p) {
      if (p && p.height) tell('resize', { height: p.height });
      else measure();
    },
    submit: function (p) {
      return post('/_local/submit', { payload: p }).then(function () {
        tell('done', {});
        return true;
      });
    },
    close: function () {
      tell('done', {});
      return true;
    },
    onClose: function () {
      return true;
    },
    open: function () {
      return true;
    },
    navigate: navigate,
    getUrl: function (p) {
      var path = localPath(p);
      return path === null ? null : hostOrigin + path;
    },
    reload: function () {
      tell('reload', {});
    },
    refresh: function () {
      contextPromise = null;
      return true;
    },
    createHistory: createHistory,
    enableTheming: function () {
      var apply = function () {
        var root = document.documentElement;
        root.setAttribute('data-color-mode', colorMode());
        root.setAttribute('data-theme', 'light:light dark:dark');
      };
      apply();
      if (window.matchMedia) {
        window
          .matchMedia('(prefers-color-scheme: dark)')
          .addEventListener('change', apply);
      }
    },
    changeWindowTitle: function () {},
    emitReadyEvent: function () {},
    getFrameId: function () {
      return token;
    },
    showFlag: function (p) {
      console.info('[local site] flag:', p && p.title);
      return {
        close: function () {
          return Promise.resolve();
        },
      };
    },
    closeFlag: function () {},
    emit: function (p) {
      (listeners[p.event] || []).forEach(function (l) {
        l(p.payload);
      });
    },
    on: function (p) {
      var list = (listeners[p.event] = listeners[p.event] || []);
      list.push(p.callback);
      return {
        unsubscribe: function () {
          listeners[p.event] = list.filter(function (l) {
            return l !== p.callback;
          });
        },
      };
    },
  };
  handlers.emitPublic = handlers.emit;
  handlers.onPublic = handlers.on;

  window.__bridge = {
    callBridge: function (name, payload) {
      var handler = handlers[name];
      if (!handler) {
        return Promise.reject(
          new Error(
            "The local site does not emulate callBridge('" + name + "').",
          ),
        );
      }
      try {
        return Promise.resolve(handler(payload));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };

  if (typeof ResizeObserver === 'function') {
    window.addEventListener('DOMContentLoaded', function () {
      new ResizeObserver(measure).observe(document.documentElement);
    });
  }
})();
